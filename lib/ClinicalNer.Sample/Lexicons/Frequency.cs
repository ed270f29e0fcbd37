using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A dosing frequency as pharmacy-generated discharge lists print it (<c>BID (2 times a day)</c>) and as clinicians
/// write it (<c>bid</c>, <c>b.i.d.</c>, <c>twice a day</c>). <see cref="AsNeeded"/> frequencies take a Reason.
/// </summary>
internal sealed record Frequency(string Pharmacy, ImmutableArray<string> Written, bool AsNeeded);
