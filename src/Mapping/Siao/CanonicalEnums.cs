using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Hub.Canonical.Serialization;

namespace Hub.Mapping.Siao;

/// <summary>
/// Canonical statuses are C# enums whose JSON names are the codes of <c>schemas/codes</c> (<c>accepted</c>,
/// <c>active</c>...). Code tables speak codes; this converts, through the canonical JSON context so the names never drift.
/// </summary>
internal static class CanonicalEnums
{
    private static readonly ConcurrentDictionary<Type, object> Names = new();

    public static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum =>
        code is not null && Table<TEnum>().TryGetValue(code, out var value) ? value : null;

    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>().First(p => EqualityComparer<TEnum>.Default.Equals(p.Value, value)).Key;

    private static Dictionary<string, TEnum> Table<TEnum>()
        where TEnum : struct, Enum =>
        (Dictionary<string, TEnum>)Names.GetOrAdd(typeof(TEnum), _ =>
        {
            var info = (JsonTypeInfo<TEnum>)CanonicalJsonContext.Default.GetTypeInfo(typeof(TEnum))!;
            return Enum.GetValues<TEnum>().ToDictionary(v => JsonSerializer.Serialize(v, info).Trim('"'), v => v, StringComparer.Ordinal);
        });
}
