namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// A dose form as discharge lists print it after the strength (<c>Tablet, Delayed Release (E.C.)</c>), with the unit
/// its sig counts in (<c>One (1) Tablet</c>, <c>Two (2) Puff</c>). No unit: the sig names none (nebulizers,
/// infusions). <see cref="UnitInDosage"/>: the unit is part of the Dosage mention (<c>Twenty (20) units</c>).
/// </summary>
internal sealed record DoseForm(string Name, string? Unit, bool UnitInDosage)
{
    /// <summary>Parses the lexicon's <c>Name&gt;Unit</c> notation; a unit starting with '+' belongs to the dosage.</summary>
    public static DoseForm Parse(string spec)
    {
        int arrow = spec.IndexOf('>');
        if (arrow < 0) throw new FormatException($"dose form '{spec}' lacks '>'");
        string unit = spec[(arrow + 1)..];
        bool inDosage = unit.StartsWith('+');
        if (inDosage) unit = unit[1..];
        return new DoseForm(spec[..arrow], unit.Length == 0 ? null : unit, inDosage);
    }

    /// <summary>
    /// The route this form implies (<c>Patch</c>: transdermal, <c>Syringe</c>: subcutaneous), or null when the form
    /// fits several routes (<c>Solution</c>) and the drug's class decides.
    /// </summary>
    public string? RouteCode => Name switch
    {
        _ when Name.Contains("Sublingual", StringComparison.Ordinal) => "SL",
        _ when Name.Contains("Patch", StringComparison.Ordinal) => "TD",
        _ when Name.Contains("Nebulization", StringComparison.Ordinal) || Name.Contains("Aerosol, Powder", StringComparison.Ordinal)
               || Unit is "Puff" or "Cap" or "Disk with Device" => "INH",
        _ when Unit is "Appl" => "TOP",
        _ when Unit is "Drop" => "OPH",
        _ when Unit is "Spray" => "NAS",
        _ when Name is "Suppository" or "Enema" => "PR",
        _ when Name is "Recon Soln" or "Infusion" or "Piggyback" or "Vial" or "Bag" or "Injection" or "Intravenous Solution" => "IV",
        _ when Name is "Syringe" or "Insulin Pen" or "Cartridge" => "SC",
        _ when Name.StartsWith("Tablet", StringComparison.Ordinal) || Name.StartsWith("Capsule", StringComparison.Ordinal)
               || Name.StartsWith("Suspension", StringComparison.Ordinal)
               || Name is "Syrup" or "Liquid" or "Packet" or "Powder in Packet" or "Gum" or "Mouthwash" => "PO",
        _ => null,
    };

    /// <summary>The clinician's short unit (<c>tab</c>/<c>tabs</c>, <c>puff</c>/<c>puffs</c>), or null when none is used.</summary>
    public (string One, string Many)? ShortUnit => Unit switch
    {
        null => null,
        _ when Unit.StartsWith("Tablet", StringComparison.Ordinal) => ("tab", "tabs"),
        _ when Unit.StartsWith("Cap", StringComparison.Ordinal) => ("cap", "caps"),
        _ when Unit.StartsWith("Patch", StringComparison.Ordinal) => ("patch", "patches"),
        "Puff" => ("puff", "puffs"),
        "ML" => ("mL", "mL"),
        "Drop" => ("drop", "drops"),
        "Spray" => ("spray", "sprays"),
        "Suppository" => ("suppository", "suppositories"),
        "units" => ("unit", "units"),
        _ => null,
    };
}
