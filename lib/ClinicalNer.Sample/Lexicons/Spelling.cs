using ClinicalNer.Runtime;
using System.Text;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// How a word reaches the page: pharmacy title case, clinician lower case, and the noise of real notes (shouting
/// capitals, lower-cased brands, typos), so that a tagger cannot rely on an exact dictionary match.
/// </summary>
internal static class Spelling
{
    /// <summary>Pharmacy list style: every word capitalised (<c>Piperacillin-Tazobactam</c>); acronyms stay.</summary>
    public static string Title(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool wordStart = true;
        foreach (char c in name)
        {
            sb.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = c is ' ' or '-' or '/' or '(';
        }
        return sb.ToString();
    }

    /// <summary>First letter upper case, for a word that opens a sentence.</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>First letter lower case unless the word is an acronym (<c>Hypertension</c> to <c>hypertension</c>, <c>GERD</c> kept).</summary>
    public static string Uncapitalized(string text) =>
        text.Length > 1 && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>The word as a clinician types it: mostly as given, sometimes lower- or upper-cased or mistyped.</summary>
    public static string Noisy(SeededRandom random, string word)
    {
        double roll = random.NextDouble();
        if (roll < 0.025) return word.ToUpperInvariant();
        if (roll < 0.06) return word.ToLowerInvariant();
        if (roll < 0.085) return Typo(random, word);
        return word;
    }

    /// <summary>One keyboard slip inside a letter run: a dropped, doubled or swapped letter.</summary>
    public static string Typo(SeededRandom random, string word)
    {
        if (word.Length < 5) return word;
        int i = random.Between(1, word.Length - 3);
        if (!char.IsLetter(word[i]) || !char.IsLetter(word[i + 1])) return word;
        return random.Next(3) switch
        {
            0 => word.Remove(i, 1),
            1 => word.Insert(i, word[i].ToString()),
            _ => string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)),
        };
    }
}
