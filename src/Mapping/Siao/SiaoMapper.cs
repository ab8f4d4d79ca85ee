using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Mapping.Cog;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

/// <summary>
/// SI-SIAO records (API pages or CSV drops) → canonical resources, as <c>docs/connectors/siao.md</c> §6 says. Every
/// resource gets <c>meta.source</c> = siao, per-field provenance and the issues mapping noticed (an unknown code is
/// kept and reported, never dropped).
/// </summary>
public sealed partial class SiaoMapper : IInboundMapper
{
    public const string System = SiaoConnectorModule.ConnectorName;

    private readonly MappingKit _kit;

    public SiaoMapper(CodeTables tables, CogDirectory cog)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(cog);
        _kit = new MappingKit(tables, cog);
    }

    public static SiaoMapper Default { get; } = new(CodeTables.Default, CogDirectory.Default);

    public string Connector => System;

    public IReadOnlyCollection<string> Kinds { get; } =
        [SiaoStreams.MenageKind, SiaoStreams.PersonneKind, SiaoStreams.DemandeKind, SiaoStreams.OrientationKind, SiaoStreams.MouvementKind];

    /// <summary>
    /// Maps one pulled record. A ménage mapped alone has no housing situation or resources: those come from its latest
    /// demande, see <see cref="MapMenage"/>. A deletion maps to nothing (the engine deletes by source id).
    /// </summary>
    public MappingResult Map(PulledRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var context = ContextOf(record);
        switch (record.Dto)
        {
            case Suppression:
                return MappingResult.Empty;
            case Menage menage:
                MapMenage(menage, null, context);
                break;
            case PersonneMenage personne:
                context.Add(MapPerson(personne.Membre.Personne, context));
                break;
            case Demande demande:
                MapDemande(demande, context);
                break;
            case Orientation orientation:
                MapOrientation(orientation, context);
                break;
            case Mouvement mouvement:
                MapMouvement(mouvement, context);
                break;
            default:
                throw new ArgumentException($"Not an SI-SIAO record: {record.Dto.GetType().Name}.", nameof(record));
        }

        return context.ToResult();
    }

    /// <summary>A ménage with the évaluation sociale of its latest demande (housing situation, resources).</summary>
    public MappingResult MapMenage(PulledRecord menage, PulledRecord? latestDemande)
    {
        ArgumentNullException.ThrowIfNull(menage);
        if (menage.Dto is not Menage dto)
        {
            throw new ArgumentException("Expected an SI-SIAO ménage record.", nameof(menage));
        }

        var context = ContextOf(menage);
        MapMenage(dto, latestDemande?.Dto as Demande, context);
        return context.ToResult();
    }

    private static MappingContext ContextOf(PulledRecord record) =>
        new(new SourceRef(System, record.Kind, record.SourceId, record.ModifiedAt));
}
