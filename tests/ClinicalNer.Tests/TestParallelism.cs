// Torch's default generator (module initialisation, dropout) and its thread count are process-wide: a test that
// builds or trains a model in parallel with another changes the other's random draws and breaks bit-exact checks
// such as resume equality. On 2 cores parallel test classes gain little, so the suite runs one class at a time.
// The same holds for both tiers: Integration tests (marked [Trait("Category", "Integration")]: they start processes,
// notebooks, Chromium or Slurm, kill processes, or train for more than a few seconds) and the fast tier that
// `--filter "Category!=Integration"` leaves (see the README's Quick start).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
