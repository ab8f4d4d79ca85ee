namespace Hub.Identity.Nir;

/// <summary>
/// The outcome of <see cref="NirRules.Check"/>: the kind, the 15-character value with its key, and a packed number of
/// the 13 first characters for compact indexes (Corsica kept apart from départements 18/19, see <see cref="NirRules.Pack"/>).
/// </summary>
public sealed record NirCheck(NirKind Kind, string? Value, long Packed, string? Error)
{
    /// <summary>True for a NIR or NIA whose key (given or computed) is right.</summary>
    public bool IsUsable => Kind != NirKind.Invalid;

    /// <summary>The first 13 characters (the CAF flow carries only these).</summary>
    public string? First13 => Value?[..13];

    internal static NirCheck Fail(string error) => new(NirKind.Invalid, null, 0, error);
}
