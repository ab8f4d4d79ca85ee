using Hub.Canonical.Model;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Connectors.Core;
using Hub.Mapping.Core;

namespace Hub.Mapping.Rsa;

/// <summary>
/// One dossier of the CNAF RSA flow → the people of the dossier (INS traits, NIR with its computed key, the CAF
/// allocataire number <c>NUMORG-numéro</c> on the dossier's allocataire) and one RightsStatus RSA for the allocataire.
/// ETATDOSRSA gives the status through code table <c>caf.rsa-etat-dossier</c>; the source state and any suspension are
/// kept as meta tags; checkedAt is the flow's reference date.
/// </summary>
public sealed partial class RsaFoyerMapper(CodeTables tables) : IInboundMapper
{
    public static RsaFoyerMapper Default { get; } = new(CodeTables.Default);

    public string Connector => RsaFlowReader.Connector;

    public IReadOnlyCollection<string> Kinds { get; } = [RsaFlowReader.FoyerKind];

    public MappingResult Map(PulledRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var ctx = new MappingContext(new SourceRef(Connector, record.Kind, record.SourceId, record.ModifiedAt));
        if (record.Dto is not FoyerRsa foyer)
        {
            ctx.Fail("invalid-record", "InfosFoyerRSA", $"Expected a FoyerRsa DTO, got {record.Dto.GetType().Name}.");
            return ctx.ToResult();
        }

        return Map(foyer, ctx);
    }

    public MappingResult Map(FoyerRsa foyer, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(foyer);
        return Map(foyer, new MappingContext(new SourceRef(Connector, RsaFlowReader.FoyerKind, sourceId, null)));
    }

    private MappingResult Map(FoyerRsa foyer, MappingContext ctx)
    {
        var allocataire = Allocataire(foyer.Organisme, ctx);
        var holder = Holder(foyer.Personnes);
        Reference? holderReference = null;
        for (var i = 0; i < foyer.Personnes.Count; i++)
        {
            var personne = foyer.Personnes[i];
            var person = MapPerson(personne, i, ReferenceEquals(personne, holder) ? allocataire : null, ctx);
            ctx.Add(person);
            if (ReferenceEquals(personne, holder) && person.Identifier is [var first, ..])
            {
                holderReference = new Reference { Identifier = first };
            }
        }

        if (holderReference is null)
        {
            ctx.Fail("missing-value", "RightsStatus.person", "No identifier (NIR or allocataire number) to link the RSA status to its holder.");
            return ctx.ToResult();
        }

        ctx.Add(MapRights(foyer, holderReference, ctx));
        return ctx.ToResult();
    }

    /// <summary>The person the CAF file belongs to: the one responsible for it, else the RSA applicant (DEM), else the first.</summary>
    private static PersonneRsa? Holder(IReadOnlyList<PersonneRsa> personnes) =>
        personnes.FirstOrDefault(p => p.ResponsableDossier == true)
        ?? personnes.FirstOrDefault(p => p.Prestations.Any(x => x.Nature == "RSA" && x.Role == "DEM"))
        ?? (personnes.Count > 0 ? personnes[0] : null);
}
