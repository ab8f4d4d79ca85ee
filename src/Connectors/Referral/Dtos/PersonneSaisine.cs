namespace Hub.Connectors.Referral.Dtos;

/// <summary>Identity traits of the person (the same traits as API Particulier), with NIR and CAF numbers when known.</summary>
public sealed record PersonneSaisine
{
    public required string NomNaissance { get; init; }

    public string? NomUsage { get; init; }

    public required IReadOnlyList<string> Prenoms { get; init; }

    /// <summary><c>AAAA-MM-JJ</c>, or partial <c>AAAA-MM</c> / <c>AAAA</c>.</summary>
    public required string DateNaissance { get; init; }

    /// <summary><c>F</c> or <c>M</c>.</summary>
    public required string Sexe { get; init; }

    public required LieuNaissance LieuNaissance { get; init; }

    /// <summary>NIR (13 or 15 characters) or NIA.</summary>
    public string? Nir { get; init; }

    public string? NumeroAllocataire { get; init; }

    public string? NumeroOrganisme { get; init; }

    /// <summary><c>PROV</c>, <c>VALI</c>, <c>RECUP</c> or <c>QUAL</c>.</summary>
    public required string StatutIdentite { get; init; }

    public AdresseSaisine? Adresse { get; init; }
}

/// <summary>Birth place: country COG code (<c>99100</c> France) and, for France, the commune code.</summary>
public sealed record LieuNaissance(string CodePays, string? CodeCommune = null, string? LibelleCommune = null);

/// <summary>Correspondence address (housing or administrative domiciliation).</summary>
public sealed record AdresseSaisine(string CodePostal, string CodeCommune, string? Ligne1 = null, string? Ligne2 = null, string? LibelleCommune = null, bool? Domiciliation = null);
