using Hub.Mapping.Core;

namespace Hub.Mapping.Tests.Core;

public sealed class CodeTablesTests
{
    [Fact]
    public void Default_EveryTable_TargetsKnownCanonicalCodes()
    {
        var sut = CodeTables.Default;

        foreach (var table in sut.All)
        {
            Assert.Contains(table.TargetSystem, sut.Catalog.Systems);
            Assert.All(table.Map.Values, code => Assert.True(sut.Catalog.Contains(table.TargetSystem, code), $"{table.Name}: '{code}' is not in {table.TargetSystem}"));
            Assert.All(table.Reverse.Keys, code => Assert.True(sut.Catalog.Contains(table.TargetSystem, code), $"{table.Name} reverse: '{code}' is not in {table.TargetSystem}"));
        }
    }

    [Fact]
    public void Translate_UnknownCode_WarnsAndKeepsItInSourceSystem()
    {
        using var json = new MemoryStream("""{"name":"test.sexe","targetSystem":"urn:lda-hub:code:sexe","map":{"HOMME":"M","FEMME":"F"}}"""u8.ToArray());
        var sut = new CodeTables([CodeTables.Parse(json)], CodeSystemCatalog.Default);
        var context = new MappingContext(new SourceRef("siao", "personne", "P1", null));

        var known = sut.Translate("test.sexe", "FEMME", context, "Person.sex");
        var kept = sut.TranslateOrKeep("test.sexe", "NON_PRECISE", context, "Person.sex");

        Assert.Equal("F", known!.Code);
        Assert.False(string.IsNullOrEmpty(known.Display));
        Assert.Equal("urn:lda-hub:code:source:test.sexe", kept!.System);
        Assert.Equal("NON_PRECISE", kept.Code);
        var issue = Assert.Single(context.ToResult().Issues);
        Assert.Equal("unknown-code", issue.Code);
        Assert.Equal("NON_PRECISE", issue.SourceValue);
        Assert.True(context.ToResult().IsMappable);
        Assert.Equal("HOMME", sut.ToSource("test.sexe", "M"));
    }
}
