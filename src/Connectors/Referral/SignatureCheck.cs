namespace Hub.Connectors.Referral;

/// <summary>
/// Outcome of checking an inbound signed request. On failure, <see cref="Code"/> is the contract's problem code to
/// answer with a 401: <c>signature-invalide</c>, <c>cle-inconnue</c> or <c>horodatage-hors-fenetre</c>.
/// </summary>
public sealed record SignatureCheck(bool IsValid, string? Code, string? Reason, string? KeyId)
{
    public const string SignatureInvalide = "signature-invalide";
    public const string CleInconnue = "cle-inconnue";
    public const string HorodatageHorsFenetre = "horodatage-hors-fenetre";

    internal static SignatureCheck Valid(string keyId) => new(true, null, null, keyId);

    internal static SignatureCheck Fail(string code, string reason, string? keyId = null) => new(false, code, reason, keyId);
}
