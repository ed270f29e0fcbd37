using ClinicalNer.Runtime;
using static System.FormattableString;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// MIMIC's de-identification placeholders (<c>[**2115-2-22**]</c>, <c>[**Known lastname 1234**]</c>): dates shifted
/// into the 22nd century, names, places and numbers replaced by bracketed tags.
/// </summary>
internal static class Deidentified
{
    public static string Date(DateOnly date) => Invariant($"[**{date.Year}-{date.Month}-{date.Day}**]");

    public static string MonthDay(DateOnly date) => Invariant($"[**{date.Month}-{date.Day}**]");

    public static string LastName(SeededRandom random) => Invariant($"[**Known lastname {random.Between(100, 9999)}**]");

    public static string Person(SeededRandom random) => random.Next(4) switch
    {
        0 => Invariant($"[**First Name (Titles) {random.Between(100, 9999)}**] [**Last Name (Titles) {random.Between(100, 9999)}**]"),
        1 => Invariant($"[**Name (NI) {random.Between(100, 9999)}**]"),
        2 => Invariant($"[**Doctor Last Name {random.Between(100, 9999)}**]"),
        _ => Invariant($"[**Last Name (NamePattern4) {random.Between(100, 9999)}**]"),
    };

    public static string Hospital(SeededRandom random) => random.Next(3) switch
    {
        0 => Invariant($"[**Hospital1 {random.Between(1, 999)}**]"),
        1 => Invariant($"[**Hospital {random.Between(100, 9999)}**]"),
        _ => Invariant($"[**Hospital3 {random.Between(100, 9999)}**]"),
    };

    public static string Location(SeededRandom random) => Invariant($"[**Location (un) {random.Between(10, 9999)}**]");

    public static string Telephone(SeededRandom random) => Invariant($"[**Telephone/Fax (1) {random.Between(100, 9999)}**]");
}
