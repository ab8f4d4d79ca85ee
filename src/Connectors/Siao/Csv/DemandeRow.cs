namespace Hub.Connectors.Siao.Csv;

/// <summary><c>demandes.csv</c> → <see cref="Demande"/>; the resources come from the persons of the same drop.</summary>
internal static class DemandeRow
{
    private const string NotProvided = "NON_RENSEIGNE";

    private static readonly string[] EvaluationColumns =
        ["date_evaluation", "situation_logement", "date_debut_situation", "motifs_demande", "dettes_locatives", "procedure_expulsion", "prerequis_lda"];

    private static readonly string[] PreconisationColumns =
        ["preconisation_dispositif", "preconisation_lda", "accompagnements_preconises", "date_preconisation", "date_commission"];

    public static CsvRecord? Read(CsvRowReader r, ILookup<string, PersonneMenage> persons)
    {
        if (CsvDeletion.TryRead(r, SiaoStreams.DemandeKind, "id_demande") is { } deleted)
        {
            return deleted;
        }

        var id = r.Text("id_demande", required: true);
        var idMenage = r.Text("id_menage", required: true);
        var type = r.Text("type_demande", required: true);
        var date = r.Date("date_demande", required: true);
        var statut = r.Text("statut", required: true);
        var modified = r.DateTime("date_modification", required: true);
        var prescriptrice = r.Text("structure_prescriptrice_id") is { } structureId
            ? new Structure { IdStructure = structureId, Nom = r.Text("structure_prescriptrice_nom") ?? structureId }
            : null;
        var evaluation = Evaluation(r, idMenage is null ? [] : persons[idMenage]);
        var preconisation = Preconisation(r);
        var consentement = Consent(r);
        var dateCloture = r.Date("date_cloture");
        if (r.HasErrors)
        {
            return null;
        }

        var demande = new Demande
        {
            Id = id!,
            Version = CsvStamp.Version,
            ModifieLe = modified!.Value,
            Sequence = CsvStamp.Sequence,
            IdMenage = idMenage!,
            TypeDemande = type!,
            DateDemande = date!.Value,
            Statut = statut!,
            DispositifsDemandes = r.List("dispositifs_demandes"),
            StructurePrescriptrice = prescriptrice,
            EvaluationSociale = evaluation,
            Preconisation = preconisation,
            Consentement = consentement,
            DateCloture = dateCloture,
            MotifCloture = r.Text("motif_cloture"),
        };
        return new CsvRecord(SiaoStreams.DemandeKind, id!, modified.Value, false, demande);
    }

    private static EvaluationSociale? Evaluation(CsvRowReader r, IEnumerable<PersonneMenage> persons)
    {
        if (EvaluationColumns.All(c => r.Text(c) is null))
        {
            return null;
        }

        var date = r.Date("date_evaluation", required: true);
        var ressources = persons.Where(p => p.Ressources is not null).SelectMany(p => p.Ressources!).ToList();
        var couvertures = persons.Where(p => p.CouvertureMaladie is not null)
            .Select(p => new CouvertureMaladiePersonne { IdPersonne = p.Membre.Personne.Id, Couverture = p.CouvertureMaladie! })
            .ToList();
        return new EvaluationSociale
        {
            DateEvaluation = date ?? default,
            // The contract requires the situation; the export does not: "not provided" is the contract's own code for that.
            SituationLogement = r.Text("situation_logement") ?? NotProvided,
            DateDebutSituation = r.Date("date_debut_situation"),
            MotifsDemande = r.List("motifs_demande"),
            Ressources = ressources.Count > 0 ? ressources : null,
            DettesLocatives = r.Boolean("dettes_locatives"),
            ProcedureExpulsion = r.Text("procedure_expulsion"),
            CouvertureMaladie = couvertures.Count > 0 ? couvertures : null,
            PrerequisLda = r.Boolean("prerequis_lda"),
        };
    }

    private static Preconisation? Preconisation(CsvRowReader r) =>
        PreconisationColumns.All(c => r.Text(c) is null)
            ? null
            : new Preconisation
            {
                Dispositif = r.Text("preconisation_dispositif"),
                LogementDAbord = r.Boolean("preconisation_lda"),
                AccompagnementsPreconises = r.List("accompagnements_preconises"),
                DatePreconisation = r.Date("date_preconisation"),
                DateCommission = r.Date("date_commission"),
            };

    private static Consentement? Consent(CsvRowReader r)
    {
        if (r.Boolean("consentement_recueilli") is not { } recueilli)
        {
            return null;
        }

        var date = r.Date("date_consentement", required: recueilli);
        return new Consentement
        {
            Recueilli = recueilli,
            Date = date,
            Organismes = r.List("consentement_organismes"),
            Finalites = r.List("consentement_finalites"),
        };
    }
}
