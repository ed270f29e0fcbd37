// Torch's default generator (module initialisation, dropout) and its thread count are process-wide: a test that
// builds or trains a model in parallel with another changes the other's random draws and breaks bit-exact checks
// such as resume equality. On 2 cores parallel test classes gain little, so the suite runs one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
