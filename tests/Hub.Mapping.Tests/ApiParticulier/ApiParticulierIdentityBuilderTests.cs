using Hub.Canonical.Model;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.Tests.ApiParticulier;

public sealed class ApiParticulierIdentityBuilderTests
{
    private static readonly Person Morel = new()
    {
        Name = new PersonName { BirthName = "MOREL", UsageName = "KELLER", FirstNames = ["Sandrine", "Claire", "Marie", "Louise"] },
        BirthDate = new FhirDate(1986, 4, 12),
        Sex = new Coding { System = CodeSystems.Sexe, Code = "F" },
        BirthPlace = new BirthPlace { Cog = "68224", Display = "Mulhouse" },
    };

    [Fact]
    public void FromPerson_BornInFrance_SendsCommuneAndFranceAndAtMostThreeFirstNames()
    {
        var ctx = Context();

        var sut = ApiParticulierIdentityBuilder.FromPerson(Morel, ctx)!;

        Assert.Equal("MOREL", sut.NomNaissance);
        Assert.Equal("KELLER", sut.NomUsage);
        Assert.Equal(["Sandrine", "Claire", "Marie"], sut.Prenoms);
        Assert.Equal((1986, 4, 12), (sut.AnneeDateNaissance, sut.MoisDateNaissance, sut.JourDateNaissance));
        Assert.Equal("F", sut.SexeEtatCivil);
        Assert.Equal("99100", sut.CodeCogInseePaysNaissance);
        Assert.Equal("68224", sut.CodeCogInseeCommuneNaissance);
        Assert.Empty(ctx.ToResult().Issues);
    }

    [Fact]
    public void FromPerson_BornAbroadPartialDate_SendsCountryAndWhatIsKnown()
    {
        var person = Morel with
        {
            Name = new PersonName { BirthName = "BENALI", UsageName = "benali", FirstNames = ["Yanis"] },
            BirthDate = new FhirDate(1979, 12),
            Sex = new Coding { System = CodeSystems.Sexe, Code = "M" },
            BirthPlace = new BirthPlace { Cog = "99352" },
        };

        var sut = ApiParticulierIdentityBuilder.FromPerson(person, Context())!;

        Assert.Null(sut.NomUsage);
        Assert.Equal((1979, 12, null), (sut.AnneeDateNaissance, sut.MoisDateNaissance, sut.JourDateNaissance));
        Assert.Equal("99352", sut.CodeCogInseePaysNaissance);
        Assert.Null(sut.CodeCogInseeCommuneNaissance);
    }

    [Fact]
    public void FromPerson_SexIndeterminateAndNoBirthPlace_NoCallAndEveryGapReported()
    {
        var ctx = Context();
        var person = Morel with { Sex = new Coding { System = CodeSystems.Sexe, Code = "I" }, BirthPlace = null, Name = Morel.Name! with { FirstNames = [] } };

        var sut = ApiParticulierIdentityBuilder.FromPerson(person, ctx);

        Assert.Null(sut);
        var issues = ctx.ToResult().Issues;
        Assert.All(issues, i => Assert.Equal("identity-incomplete", i.Code));
        Assert.Equal(["Person.name.firstNames", "Person.sex", "Person.birthPlace.cog"], issues.Select(i => i.Path).ToArray());
        Assert.All(issues, i => Assert.DoesNotContain("MOREL", i.Message, StringComparison.Ordinal));
        Assert.False(ctx.ToResult().IsMappable);
    }

    private static MappingContext Context() => new(new SourceRef("hub", "Person", "p-1", null));
}
