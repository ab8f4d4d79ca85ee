namespace Hub.Connectors.Siao.Csv;

/// <summary><c>personnes.csv</c> → <see cref="PersonneMenage"/>.</summary>
internal static class PersonneRow
{
    /// <summary>The export accepts the one-letter forms; the API speaks the long ones.</summary>
    private static readonly Dictionary<string, string> SexAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["F"] = "FEMME",
        ["H"] = "HOMME",
        ["M"] = "HOMME",
    };

    public static CsvRecord? Read(CsvRowReader r)
    {
        if (CsvDeletion.TryRead(r, SiaoStreams.PersonneKind, "id_personne") is { } deleted)
        {
            return deleted;
        }

        var id = r.Text("id_personne", required: true);
        var idMenage = r.Text("id_menage", required: true);
        var role = r.Text("role_menage", required: true);
        var prenoms = r.List("prenoms");
        if (prenoms is null or { Count: 0 })
        {
            r.Missing("prenoms");
        }

        var nom = r.Text("nom");
        var nomNaissance = r.Text("nom_naissance");
        if (nom is null && nomNaissance is null)
        {
            r.Missing("nom");
        }

        var sexe = r.Text("sexe", required: true);
        var modified = r.DateTime("date_modification", required: true);
        var personne = new Personne
        {
            Id = id ?? string.Empty,
            Nom = nom,
            NomNaissance = nomNaissance,
            NomUsage = r.Text("nom_usage"),
            Prenoms = prenoms ?? [],
            DateNaissance = r.PartialDate("date_naissance"),
            Sexe = sexe is not null && SexAliases.TryGetValue(sexe, out var longForm) ? longForm : sexe ?? string.Empty,
            LieuNaissance = BirthPlace(r),
            Nir = r.Text("nir"),
            Nationalite = r.Text("nationalite"),
        };
        var membre = new MembreMenage
        {
            Personne = personne,
            Role = role ?? string.Empty,
            DateEntree = r.Date("date_entree_menage"),
            DateSortie = r.Date("date_sortie_menage"),
            EnfantPresent = r.Text("enfant_present"),
        };
        var ressources = r.Resources("ressources", id ?? string.Empty);
        if (r.HasErrors)
        {
            return null;
        }

        var dto = new PersonneMenage
        {
            IdMenage = idMenage!,
            Membre = membre,
            Ressources = ressources,
            CouvertureMaladie = r.Text("couverture_maladie"),
            ModifieLe = modified!.Value,
        };
        return new CsvRecord(SiaoStreams.PersonneKind, id!, modified.Value, false, dto);
    }

    private static LieuNaissance? BirthPlace(CsvRowReader r)
    {
        var commune = r.Text("code_commune_naissance");
        var pays = r.Text("code_pays_naissance");
        var libelle = r.Text("lieu_naissance_libelle");
        if (commune is null && pays is null && libelle is null)
        {
            return null;
        }

        // "99100 assumed when code_commune_naissance is set" (export-csv.md); a label alone leaves the country unknown.
        return new LieuNaissance { CodeCommune = commune, CodePays = pays ?? (commune is not null ? "99100" : null), Libelle = libelle };
    }
}
