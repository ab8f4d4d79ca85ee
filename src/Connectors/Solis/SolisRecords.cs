using System.Text.Json;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;

namespace Hub.Connectors.Solis;

/// <summary>SOLIS records and messages outside a page (same role as <see cref="SiaoRecords"/>).</summary>
public static class SolisRecords
{
    /// <param name="stream">The list the record belongs to (<see cref="SolisStreams"/>).</param>
    public static RecordRead Read(string stream, JsonElement raw)
    {
        var (record, rejected) = stream switch
        {
            SolisStreams.Dossiers => CursorPageParser.ReadRecord(SolisStreams.DossiersDefinition, raw.Clone()),
            SolisStreams.Individus => CursorPageParser.ReadRecord(SolisStreams.IndividusDefinition, raw.Clone()),
            SolisStreams.Mesures => CursorPageParser.ReadRecord(SolisStreams.MesuresDefinition, raw.Clone()),
            SolisStreams.Referents => CursorPageParser.ReadRecord(SolisStreams.ReferentsDefinition, raw.Clone()),
            _ => throw new ArgumentException($"SOLIS has no list '{stream}'.", nameof(stream)),
        };
        return new RecordRead(record, rejected);
    }

    /// <summary>The body of a push, exactly as the SOLIS push target sends it.</summary>
    public static string ToJson(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Dto switch
        {
            OrientationLda orientation => JsonSerializer.Serialize(orientation, SolisJsonContext.Default.OrientationLda),
            EntreeLogement entree => JsonSerializer.Serialize(entree, SolisJsonContext.Default.EntreeLogement),
            _ => throw new ArgumentException($"Not a SOLIS message: {message.Dto.GetType().Name}.", nameof(message)),
        };
    }
}
