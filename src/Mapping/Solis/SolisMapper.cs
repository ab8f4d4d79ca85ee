using Hub.Connectors.Core;
using Hub.Connectors.Solis;
using Hub.Mapping.Cog;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;

namespace Hub.Mapping.Solis;

/// <summary>
/// SOLIS records → canonical resources, as <c>docs/connectors/solis.md</c> §7 says. Every resource gets
/// <c>meta.source</c> = solis, per-field provenance and the issues mapping noticed.
/// </summary>
public sealed partial class SolisMapper : IInboundMapper
{
    public const string System = SolisConnectorModule.ConnectorName;

    private readonly MappingKit _kit;

    public SolisMapper(CodeTables tables, CogDirectory cog)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(cog);
        _kit = new MappingKit(tables, cog);
    }

    public static SolisMapper Default { get; } = new(CodeTables.Default, CogDirectory.Default);

    public string Connector => System;

    public IReadOnlyCollection<string> Kinds { get; } =
        [SolisStreams.DossierKind, SolisStreams.IndividuKind, SolisStreams.MesureKind, SolisStreams.ReferentKind];

    /// <summary>
    /// Maps one pulled record. A measure mapped alone has no référent (another list): see <see cref="MapMesure"/>.
    /// A référent alone is directory data and maps to nothing; a deletion maps to nothing (the engine deletes by id).
    /// </summary>
    public MappingResult Map(PulledRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var context = ContextOf(record);
        switch (record.Dto)
        {
            case Suppression or Referent:
                return MappingResult.Empty;
            case Dossier dossier:
                MapDossier(dossier, context);
                break;
            case Individu individu:
                context.Add(MapIndividu(individu, null, context));
                break;
            case Mesure mesure:
                MapMesure(mesure, null, context);
                break;
            default:
                throw new ArgumentException($"Not a SOLIS record: {record.Dto.GetType().Name}.", nameof(record));
        }

        return context.ToResult();
    }

    /// <summary>An individu with its dossier: the dossier's CAF number belongs to its applicant (<c>DEMANDEUR</c>).</summary>
    public MappingResult MapIndividu(PulledRecord individu, PulledRecord? dossier)
    {
        ArgumentNullException.ThrowIfNull(individu);
        if (individu.Dto is not Individu dto)
        {
            throw new ArgumentException("Expected a SOLIS individu record.", nameof(individu));
        }

        var context = ContextOf(individu);
        context.Add(MapIndividu(dto, dossier?.Dto as Dossier, context));
        return context.ToResult();
    }

    /// <summary>A measure with its référent (from the <c>referents</c> list, by <c>idReferent</c>).</summary>
    public MappingResult MapMesure(PulledRecord mesure, PulledRecord? referent)
    {
        ArgumentNullException.ThrowIfNull(mesure);
        if (mesure.Dto is not Mesure dto)
        {
            throw new ArgumentException("Expected a SOLIS mesure record.", nameof(mesure));
        }

        var context = ContextOf(mesure);
        MapMesure(dto, referent?.Dto as Referent, context);
        return context.ToResult();
    }

    private static MappingContext ContextOf(PulledRecord record) =>
        new(new SourceRef(System, record.Kind, record.SourceId, record.ModifiedAt));
}
