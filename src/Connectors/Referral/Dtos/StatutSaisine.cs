namespace Hub.Connectors.Referral.Dtos;

/// <summary>
/// A status update the organisation posts to <c>/api/inbound/caf|cpam</c> (schema <c>StatutSaisine</c>). Dates of the
/// rights stay text so that mapping can report a value it cannot read instead of refusing the whole update.
/// </summary>
public sealed record StatutSaisine
{
    /// <summary>Always <c>saisine-statut</c>.</summary>
    public required string Kind { get; init; }

    public required string IdSaisine { get; init; }

    public required string ReferenceHub { get; init; }

    /// <summary><c>CAF</c> or <c>CPAM</c>.</summary>
    public required string Organisme { get; init; }

    /// <summary><c>recue</c>, <c>en-cours</c>, <c>droits-ouverts</c>, <c>refusee</c>, <c>incomplete</c>.</summary>
    public required string Statut { get; init; }

    public required int Sequence { get; init; }

    public required DateTimeOffset Horodatage { get; init; }

    public IReadOnlyList<ResultatDroit>? Droits { get; init; }

    public IReadOnlyList<string>? PiecesManquantes { get; init; }

    public string? NumeroAllocataire { get; init; }

    public string? NumeroOrganisme { get; init; }

    public ReferentTraitant? ReferentTraitant { get; init; }
}

/// <summary>The decision on one right: <c>ouvert</c>, <c>refuse</c>, <c>en-cours</c>, <c>incomplet</c>.</summary>
public sealed record ResultatDroit(
    string Droit,
    string Statut,
    string? DateEffet = null,
    string? DateFin = null,
    int? QuotientFamilial = null,
    decimal? MontantMensuel = null,
    string? MotifRefus = null);

/// <summary>Who handles the saisine at the organisation.</summary>
public sealed record ReferentTraitant(string? Nom, string? Service, string? Courriel);
