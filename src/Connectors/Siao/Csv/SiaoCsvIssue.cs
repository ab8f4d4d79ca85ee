namespace Hub.Connectors.Siao.Csv;

/// <summary>One line of the drop report (<c>fichier;ligne;colonne;gravite;code;message</c>).</summary>
/// <param name="Severity"><c>erreur</c> (row skipped) or <c>avertissement</c>.</param>
public sealed record SiaoCsvIssue(string File, int? Line, string? Column, string Severity, string Code, string Message)
{
    public const string Error = "erreur";
    public const string Warning = "avertissement";
}
