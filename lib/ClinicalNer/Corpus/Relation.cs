namespace ClinicalNer.Corpus;

/// <summary>A brat binary relation (<c>R</c> line), e.g. <c>Strength-Drug Arg1:T3 Arg2:T2</c>.</summary>
public sealed record Relation(string Id, string Type, string Arg1Role, string Arg1, string Arg2Role, string Arg2);
