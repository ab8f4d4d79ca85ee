namespace Hub.Identity.Nir;

/// <summary>Error codes of <see cref="NirRules.Check"/>, the ones of the CNAM reference suite.</summary>
public static class NirErrors
{
    /// <summary>Not 13 or 15 characters once spaces are removed.</summary>
    public const string Length = "LENGTH_ERROR";

    /// <summary>Not a NIR: wrong characters, sex digit, month, or a 7/8 NIA where a NIR was required.</summary>
    public const string Invalid = "NIR_INVALID";

    /// <summary>The 2-digit key does not match 97 − (number mod 97).</summary>
    public const string KeyInvalid = "NIR_KEY_INVALID";
}
