using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

public sealed partial class SiaoMapper
{
    private void MapMouvement(Mouvement mouvement, MappingContext context)
    {
        var household = MappingKit.RefTo(IdentifierSystems.SiaoMenage, mouvement.IdMenage);
        var status = CanonicalEnums.Parse<HousingPlacementStatus>(_kit.Codes.Peek("siao.type-mouvement", mouvement.Type));
        if (status is null)
        {
            context.Fail("unknown-code", "HousingPlacement.status", "Movement type is neither ENTREE nor SORTIE.", mouvement.Type);
            return;
        }

        var entering = status == HousingPlacementStatus.Active;
        var date = MappingKit.Date(mouvement.DateMouvement);
        if (!SiaoDispositifs.Housing.Contains(mouvement.Dispositif))
        {
            // A structure (shelter, adapted housing): a note on the timeline; the orientation record carries its entry date.
            var focus = mouvement.IdOrientation is { } idOrientation ? MappingKit.RefTo(SiaoIdentifierSystems.Orientation, idOrientation) : null;
            var summary = (entering ? "Entrée en structure : " : "Sortie de structure : ") + mouvement.Structure.Nom;
            context.Add(_kit.Event(context, SiaoIdentifierSystems.Evenement, household, "note", date, focus, summary, "type"));
            return;
        }

        // Entry and exit are two movements of one stay: the orientation id ties them; without it the movement stands alone.
        var identifier = mouvement.IdOrientation is { } orientationId
            ? MappingKit.Id(SiaoIdentifierSystems.Orientation, orientationId)
            : MappingKit.Id(SiaoIdentifierSystems.Mouvement, mouvement.Id);
        var key = MappingKit.Key(identifier);
        context.Set(key, "HousingPlacement.status", "type");
        context.Set(key, entering ? "HousingPlacement.entryDate" : "HousingPlacement.exitDate", "dateMouvement");
        var landlord = CanonicalEnums.Parse<LandlordType>(_kit.Codes.Peek("siao.dispositif-logement", mouvement.Dispositif));
        if (landlord is not null)
        {
            context.Set(key, "HousingPlacement.landlordType", "dispositif");
        }

        var exitReason = entering ? null : _kit.Codes.TranslateOrKeep("siao.motif-sortie", mouvement.MotifSortie, context, "HousingPlacement.exitReason");
        if (exitReason is not null)
        {
            context.Set(key, "HousingPlacement.exitReason", "motifSortie");
        }

        context.Add(new HousingPlacement
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            Household = household,
            LandlordType = landlord,
            EntryDate = entering ? date : null,
            ExitDate = entering ? null : date,
            ExitReason = exitReason,
            Status = status.Value,
        });
        context.Add(_kit.Event(context, SiaoIdentifierSystems.Evenement, household, entering ? "entree-logement" : "sortie-logement", date,
            new Reference { Identifier = identifier }, (entering ? "Entrée dans le logement" : "Sortie du logement") + " (" + mouvement.Structure.Nom + ")", "type"));
    }
}
