using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A route of administration: the pharmacy word (<c>PO</c>, <c>Subcutaneous</c>), and the clinician's words before
/// the drug (<c>IV vancomycin</c>) and after the dose (<c>40 mg p.o.</c>).
/// </summary>
internal sealed record Route(string Pharmacy, ImmutableArray<string> Before, ImmutableArray<string> After);
