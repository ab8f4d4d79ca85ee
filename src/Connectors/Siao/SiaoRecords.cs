using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>
/// SI-SIAO records and messages outside a page: one record read with the page's contract checks (replays, tests,
/// golden files), and a push message as the JSON the partner receives (dead letters, previews).
/// </summary>
public static class SiaoRecords
{
    /// <param name="stream">The list the record belongs to (<see cref="SiaoStreams"/>).</param>
    public static RecordRead Read(string stream, JsonElement raw)
    {
        var (record, rejected) = stream switch
        {
            SiaoStreams.Menages => CursorPageParser.ReadRecord(SiaoStreams.MenagesDefinition, raw.Clone()),
            SiaoStreams.Demandes => CursorPageParser.ReadRecord(SiaoStreams.DemandesDefinition, raw.Clone()),
            SiaoStreams.Orientations => CursorPageParser.ReadRecord(SiaoStreams.OrientationsDefinition, raw.Clone()),
            SiaoStreams.Mouvements => CursorPageParser.ReadRecord(SiaoStreams.MouvementsDefinition, raw.Clone()),
            _ => throw new ArgumentException($"SI-SIAO has no list '{stream}'.", nameof(stream)),
        };
        return new RecordRead(record, rejected);
    }

    /// <summary>The body of a push, exactly as <see cref="SiaoRetoursTarget"/> sends it.</summary>
    public static string ToJson(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Dto switch
        {
            RetourAccompagnement retour => JsonSerializer.Serialize(retour, SiaoJsonContext.Default.RetourAccompagnement),
            RetourLogement retour => JsonSerializer.Serialize(retour, SiaoJsonContext.Default.RetourLogement),
            _ => throw new ArgumentException($"Not an SI-SIAO message: {message.Dto.GetType().Name}.", nameof(message)),
        };
    }
}
