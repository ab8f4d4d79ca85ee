namespace Hub.Connectors.ApiParticulier;

/// <summary>The API Particulier v3 "identité" endpoints the hub calls (DSS family: CNAF, MSA and CNAV data).</summary>
public enum ApiParticulierEndpoint
{
    /// <summary><c>/v3/dss/quotient_familial/identite</c> (CNAF or MSA).</summary>
    QuotientFamilial,

    /// <summary><c>/v3/dss/revenu_solidarite_active/identite</c>.</summary>
    RevenuSolidariteActive,

    /// <summary><c>/v3/dss/prime_activite/identite</c>.</summary>
    PrimeActivite,

    /// <summary><c>/v3/dss/allocation_adulte_handicape/identite</c>.</summary>
    AllocationAdulteHandicape,

    /// <summary><c>/v3/dss/allocation_soutien_familial/identite</c>.</summary>
    AllocationSoutienFamilial,

    /// <summary><c>/v3/dss/complementaire_sante_solidaire/identite</c> (read for the CPAM).</summary>
    ComplementaireSanteSolidaire,
}

/// <summary>Route segments of <see cref="ApiParticulierEndpoint"/>, also the keys of the mapping code tables.</summary>
public static class ApiParticulierEndpoints
{
    /// <summary>The segment after <c>/v3/dss/</c>, e.g. <c>revenu_solidarite_active</c>.</summary>
    public static string Segment(this ApiParticulierEndpoint endpoint) => endpoint switch
    {
        ApiParticulierEndpoint.QuotientFamilial => "quotient_familial",
        ApiParticulierEndpoint.RevenuSolidariteActive => "revenu_solidarite_active",
        ApiParticulierEndpoint.PrimeActivite => "prime_activite",
        ApiParticulierEndpoint.AllocationAdulteHandicape => "allocation_adulte_handicape",
        ApiParticulierEndpoint.AllocationSoutienFamilial => "allocation_soutien_familial",
        ApiParticulierEndpoint.ComplementaireSanteSolidaire => "complementaire_sante_solidaire",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Unknown API Particulier endpoint."),
    };

    /// <summary>The endpoint of a route segment, or <c>null</c> for one the hub does not call.</summary>
    public static ApiParticulierEndpoint? FromSegment(string segment) =>
        Enum.GetValues<ApiParticulierEndpoint>().Cast<ApiParticulierEndpoint?>().FirstOrDefault(e => e!.Value.Segment() == segment);
}
