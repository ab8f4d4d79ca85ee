namespace Hub.Connectors.Siao.Csv;

/// <summary><c>orientations.csv</c> → <see cref="Orientation"/>, plus the ENTREE / SORTIE mouvements its dates stand for.</summary>
internal static class OrientationRow
{
    private const string Cancelled = "ANNULEE";

    public static IReadOnlyList<CsvRecord> Read(CsvRowReader r)
    {
        if (CsvDeletion.TryRead(r, SiaoStreams.OrientationKind, "id_orientation") is { } deleted)
        {
            return [deleted];
        }

        var id = r.Text("id_orientation", required: true);
        var idDemande = r.Text("id_demande", required: true);
        var idMenage = r.Text("id_menage", required: true);
        var dateDemande = r.Date("date_demande", required: true);
        var dateOrientation = r.Date("date_orientation", required: true);
        var statut = r.Text("statut", required: true);
        var dispositif = r.Text("dispositif", required: true);
        var modified = r.DateTime("date_modification", required: true);
        var entree = r.Date("date_entree");
        var sortie = r.Date("date_sortie");
        var motifSortie = r.Text("motif_sortie", required: sortie is not null);
        var structure = StructureOf(r, required: statut != Cancelled);
        var orientation = new Orientation
        {
            Id = id ?? string.Empty,
            Version = CsvStamp.Version,
            ModifieLe = modified ?? default,
            Sequence = CsvStamp.Sequence,
            IdDemande = idDemande ?? string.Empty,
            IdMenage = idMenage ?? string.Empty,
            DateDemande = dateDemande ?? default,
            DateOrientation = dateOrientation ?? default,
            DateDecision = r.Date("date_decision"),
            DateEntree = entree,
            Statut = statut ?? string.Empty,
            MotifRefus = r.Text("motif_refus"),
            Dispositif = dispositif ?? string.Empty,
            LogementDAbord = r.Boolean("logement_d_abord"),
            Structure = structure,
        };
        if (r.HasErrors)
        {
            return [];
        }

        var records = new List<CsvRecord> { new(SiaoStreams.OrientationKind, id!, modified!.Value, false, orientation) };
        if (structure is not null && entree is { } entryDate)
        {
            records.Add(Movement(orientation, structure, "ENTREE", entryDate, null));
        }

        if (structure is not null && sortie is { } exitDate)
        {
            records.Add(Movement(orientation, structure, "SORTIE", exitDate, motifSortie));
        }

        return records;
    }

    private static Structure? StructureOf(CsvRowReader r, bool required)
    {
        var id = r.Text("structure_id", required);
        return id is null
            ? null
            : new Structure
            {
                IdStructure = id,
                Nom = r.Text("structure_nom") ?? id,
                Finess = r.Text("structure_finess"),
                Siret = r.Text("structure_siret"),
                CodeCommune = r.Text("structure_code_commune"),
            };
    }

    /// <summary>The API sends entries and exits as their own records; the export folds them into the orientation row.</summary>
    private static CsvRecord Movement(Orientation orientation, Structure structure, string type, DateOnly date, string? motif)
    {
        var mouvement = new Mouvement
        {
            Id = $"{orientation.Id}-{type}",
            Version = CsvStamp.Version,
            ModifieLe = orientation.ModifieLe,
            Sequence = CsvStamp.Sequence,
            Type = type,
            IdMenage = orientation.IdMenage,
            IdOrientation = orientation.Id,
            DateMouvement = date,
            Structure = structure,
            Dispositif = orientation.Dispositif,
            MotifSortie = motif,
        };
        return new CsvRecord(SiaoStreams.MouvementKind, mouvement.Id, orientation.ModifieLe, false, mouvement);
    }
}
