namespace Hub.Connectors.Siao.Csv;

/// <summary><c>menages.csv</c> (+ the persons of the same drop) → <see cref="Menage"/>.</summary>
internal static class MenageRow
{
    private const string MainApplicant = "DEMANDEUR_PRINCIPAL";

    private static readonly string[] AddressColumns = ["adresse_ligne1", "adresse_ligne2", "code_postal", "code_commune_insee"];

    public static CsvRecord? Read(CsvRowReader r, ILookup<string, PersonneMenage> persons)
    {
        if (CsvDeletion.TryRead(r, SiaoStreams.MenageKind, "id_menage") is { } deleted)
        {
            return deleted;
        }

        var id = r.Text("id_menage", required: true);
        var typeFiche = r.Text("type_fiche", required: true);
        var composition = r.Text("composition_familiale", required: true);
        r.Text("id_demandeur_principal", required: true);
        var modified = r.DateTime("date_modification", required: true);
        var adresse = Address(r);
        var animaux = r.Boolean("animaux");
        if (r.HasErrors)
        {
            return null;
        }

        // The main applicant first, as in the API; then the file's order.
        var membres = persons[id!].Select(p => p.Membre).OrderBy(m => m.Role == MainApplicant ? 0 : 1).ToList();
        var menage = new Menage
        {
            Id = id!,
            Version = CsvStamp.Version,
            ModifieLe = modified!.Value,
            Sequence = CsvStamp.Sequence,
            TypeFiche = typeFiche!,
            Composition = composition!,
            Membres = membres,
            Adresse = adresse,
            Animaux = animaux,
        };
        return new CsvRecord(SiaoStreams.MenageKind, id!, modified.Value, false, menage);
    }

    private static Adresse? Address(CsvRowReader r)
    {
        if (AddressColumns.All(c => r.Text(c) is null))
        {
            return null;
        }

        var commune = r.Text("code_commune_insee", required: true);
        return new Adresse
        {
            Ligne1 = r.Text("adresse_ligne1"),
            Ligne2 = r.Text("adresse_ligne2"),
            CodePostal = r.Text("code_postal"),
            CodeCommune = commune ?? string.Empty,
            Domiciliation = r.Boolean("domiciliation"),
        };
    }
}
