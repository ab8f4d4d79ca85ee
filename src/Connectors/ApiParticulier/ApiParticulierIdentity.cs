namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// The identity traits API Particulier matches on (query parameters of every <c>/identite</c> route). Every trait is
/// optional here: the connector sends what it is given; deciding that an identity is complete enough to be sent is the
/// mapping layer's job (Hub.Mapping ApiParticulierIdentityBuilder). Holds personal data: never log it.
/// </summary>
public sealed record ApiParticulierIdentity
{
    public string? NomNaissance { get; init; }

    public string? NomUsage { get; init; }

    /// <summary>First names in civil-status order (the API takes 1 to 3).</summary>
    public IReadOnlyList<string> Prenoms { get; init; } = [];

    public int? AnneeDateNaissance { get; init; }

    public int? MoisDateNaissance { get; init; }

    public int? JourDateNaissance { get; init; }

    /// <summary><c>F</c> or <c>M</c>.</summary>
    public string? SexeEtatCivil { get; init; }

    /// <summary>COG code of the birth country, <c>99100</c> for France.</summary>
    public string? CodeCogInseePaysNaissance { get; init; }

    /// <summary>COG code of the birth commune (born in France only), valid at the birth date.</summary>
    public string? CodeCogInseeCommuneNaissance { get; init; }

    /// <summary>
    /// A stable key of the traits for the answer cache. Case and surrounding blanks are ignored, as API Particulier
    /// ignores them; the key is hashed so the cache never holds names in clear as dictionary keys.
    /// </summary>
    internal string CacheKey()
    {
        static string N(string? s) => s?.Trim().ToUpperInvariant() ?? string.Empty;
        var text = string.Join('\u001f',
            N(NomNaissance), N(NomUsage), string.Join('\u001e', Prenoms.Select(N)),
            AnneeDateNaissance, MoisDateNaissance, JourDateNaissance, N(SexeEtatCivil), N(CodeCogInseePaysNaissance), N(CodeCogInseeCommuneNaissance));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
