using Hub.Canonical.Model;
using Hub.Connectors.Solis;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;
using Referent = Hub.Connectors.Solis.Referent;

namespace Hub.Mapping.Solis;

public sealed partial class SolisMapper
{
    private const string FslAccess = "FSL_ACCES";
    private const string Granted = "ACCORDEE";

    private void MapMesure(Mesure mesure, Referent? referent, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SolisMesure, mesure.Id);
        var key = MappingKit.Key(identifier);
        var household = MappingKit.RefTo(IdentifierSystems.SolisDossier, mesure.IdDossier);
        var type = _kit.Codes.Peek("solis.type-mesure", mesure.Type) is { } typeCode ? _kit.Coding(CodeSystems.TypeAccompagnement, typeCode) : null;
        var status = CanonicalEnums.Parse<AccompanimentStatus>(_kit.Codes.Peek("solis.statut-mesure", mesure.Statut));
        if (type is null || status is null)
        {
            // Type and status are required and closed lists: the record waits in dead letters until the table knows the code.
            context.Fail("unknown-code", type is null ? "Accompaniment.type" : "Accompaniment.status", "Measure type or status cannot be mapped.", type is null ? mesure.Type : mesure.Statut);
            return;
        }

        context.Set(key, "Accompaniment.household", "idDossier");
        context.Set(key, "Accompaniment.type", "type");
        context.Set(key, "Accompaniment.status", "statut");
        var end = mesure.DateFin ?? mesure.DateFinPrevue;
        if (mesure.DateDebut is not null)
        {
            context.Set(key, "Accompaniment.period.start", "dateDebut");
        }

        if (end is not null)
        {
            context.Set(key, "Accompaniment.period.end", mesure.DateFin is null ? "dateFinPrevue" : "dateFin");
        }

        var focus = new Reference { Identifier = identifier };
        context.Add(new Accompaniment
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            Household = household,
            // FSL_ACCES and FSL_MAINTIEN are both FSL: the SOLIS sub-type stays readable as the display.
            Type = type.Code == mesure.Type ? type : type with { Display = mesure.Type },
            Status = status.Value,
            Period = mesure.DateDebut is null && end is null ? null : new Period
            {
                Start = mesure.DateDebut is { } start ? MappingKit.Date(start) : null,
                End = end is { } e ? MappingKit.Date(e) : null,
            },
            Structure = StructureOf(mesure.Structure, context, key),
            Referent = referent is null ? null : ReferentOf(referent, context, key),
            Person = mesure.IdIndividus is { Count: > 0 } persons ? [.. persons.Select(p => MappingKit.RefTo(IdentifierSystems.SolisIndividu, p))] : null,
        });

        if (_kit.Codes.Peek("solis.evenement-mesure", mesure.Statut) is { } eventType
            && (eventType == "accompagnement-fin" ? mesure.DateFin : mesure.DateDebut) is { } eventDate)
        {
            var label = eventType == "accompagnement-fin" ? "Fin de la mesure " : "Début de la mesure ";
            context.Add(_kit.Event(context, SiaoIdentifierSystems.SolisEvenement, household, eventType, MappingKit.Date(eventDate), focus, label + mesure.Type, "statut"));
        }

        if (mesure.Type == FslAccess && mesure.Statut == Granted
            && mesure.AidesFsl?.Any(a => _kit.Codes.Peek("solis.aide-pack-installation", a.Objet) is not null) == true
            && (mesure.DateDecision ?? mesure.DateDebut) is { } granted)
        {
            context.Add(_kit.Event(context, SiaoIdentifierSystems.SolisEvenement, household, "pack-installation", MappingKit.Date(granted), focus,
                "Pack installation FSL accordé", "aidesFsl"));
        }
    }

    private static Canonical.Model.Structure? StructureOf(StructureMesure? structure, MappingContext context, string key)
    {
        if (structure is null)
        {
            return null;
        }

        context.Set(key, "Accompaniment.structure", "structure");
        return new Canonical.Model.Structure
        {
            Name = structure.Nom,
            Identifier = structure.Siret is { } siret ? MappingKit.Id(SiaoIdentifierSystems.Siret, siret) : null,
        };
    }

    private static Canonical.Model.Referent ReferentOf(Referent referent, MappingContext context, string key)
    {
        context.Set(key, "Accompaniment.referent", "idReferent");
        string? role = null;
        if (referent.Fonction is { } fonction && !SolisReferentRoles.Labels.TryGetValue(fonction, out role))
        {
            context.Warn("unknown-code", "Accompaniment.referent.role", "Unknown référent function; kept as received.", fonction);
            role = fonction;
        }

        return new Canonical.Model.Referent { Name = $"{referent.Prenom} {referent.Nom}".Trim(), Organisation = referent.Service, Role = role };
    }
}
