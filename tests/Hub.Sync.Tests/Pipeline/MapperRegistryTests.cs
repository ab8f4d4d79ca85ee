using Hub.Canonical.Model;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;
using Hub.Mapping.Solis;
using Hub.Sync.Pipeline;

namespace Hub.Sync.Tests.Pipeline;

/// <summary>Issue 5: the outbox gets its mappers from the registry only, and the registry hands out NIR-guarded ones.</summary>
public sealed class MapperRegistryTests
{
    [Fact]
    public void Outbound_EveryRegisteredMapper_IsWrappedInTheNirGuard()
    {
        var siao = new SiaoOutboundMapper(CodeTables.Default);
        var solis = new SolisOutboundMapper(CodeTables.Default);
        var sut = new MapperRegistry([], [siao, solis]);

        var mappers = siao.Kinds.Select(k => sut.Outbound(siao.Connector, k)).Concat(solis.Kinds.Select(k => sut.Outbound(solis.Connector, k))).ToList();

        Assert.All(mappers, m => Assert.IsType<NirGuardedOutboundMapper>(m));
    }

    [Fact]
    public void Outbound_MapperGivenAPersonWithProvisionalIdentity_NeverSeesItsNir()
    {
        var spy = new SpyMapper();
        var sut = new MapperRegistry([], [spy]).Outbound(spy.Connector, "k")!;
        Identifier[] identifiers = [new() { System = IdentifierSystems.SiaoPersonne, Value = "p-1" }, new() { System = IdentifierSystems.Nir, Value = "286046822405738" }];
        var provisional = new Person { Id = "a", Identifier = identifiers, IdentityStatus = new Coding { System = CodeSystems.StatutIdentite, Code = "VALI" } };
        var qualified = provisional with { Id = "b", IdentityStatus = new Coding { System = CodeSystems.StatutIdentite, Code = "QUAL" } };

        sut.Map("k", provisional, new Dictionary<string, Resource> { ["Person/b"] = qualified, ["Person/c"] = provisional with { Id = "c" } });

        Assert.Equal([IdentifierSystems.SiaoPersonne], ((Person)spy.Resource!).Identifier!.Select(i => i.System));
        Assert.Equal(2, ((Person)spy.Related!["Person/b"]).Identifier!.Count);
        Assert.Single(((Person)spy.Related["Person/c"]).Identifier!);
    }

    private sealed class SpyMapper : IOutboundMapper
    {
        public string Connector => "spy";

        public IReadOnlyCollection<string> Kinds { get; } = ["k"];

        public Resource? Resource { get; private set; }

        public IReadOnlyDictionary<string, Resource>? Related { get; private set; }

        public OutboundMapping Map(string kind, Resource resource, IReadOnlyDictionary<string, Resource> related)
        {
            Resource = resource;
            Related = related;
            return OutboundMapping.NothingToSend("spy");
        }
    }
}
