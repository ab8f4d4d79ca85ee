using System.Collections.Frozen;

namespace Hub.Mapping.Core;

/// <summary>
/// One translation table between a partner's codes and a canonical code system, read from
/// <c>src/Mapping/CodeTables/{system}/{table}.json</c>: <c>{"name", "description", "targetSystem", "map": {source: canonical},
/// "reverse": {canonical: source}}</c>. <c>reverse</c> is optional; without it the first source code of each canonical code is used.
/// </summary>
public sealed record CodeTable(
    string Name,
    string TargetSystem,
    FrozenDictionary<string, string> Map,
    FrozenDictionary<string, string> Reverse)
{
    /// <summary>The code system URI under which unknown source codes are kept, e.g. <c>urn:lda-hub:code:source:siao.situation-logement</c>.</summary>
    public string SourceSystem => $"urn:lda-hub:code:source:{Name}";
}
