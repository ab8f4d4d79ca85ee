using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Caf;
using Hub.Mapping.Cpam;
using Hub.Mapping.Tests.ApiParticulier;

namespace Hub.Mapping.Tests.Caf;

public sealed class SaisineStatusMapperTests
{
    private static readonly StatutSaisine Update = new()
    {
        Kind = "saisine-statut",
        IdSaisine = "S68-2026-004417",
        ReferenceHub = "sai-1",
        Organisme = "CAF",
        Statut = "droits-ouverts",
        Sequence = 3,
        Horodatage = new DateTimeOffset(2026, 3, 18, 14, 10, 0, TimeSpan.FromHours(1)),
        NumeroOrganisme = "681",
        NumeroAllocataire = "4471999",
        Droits =
        [
            new ResultatDroit("ALF", "ouvert", "2026-03-01", MontantMensuel: 287.0m),
            new ResultatDroit("RSA", "refuse", MotifRefus: "CONDITIONS_RESSOURCES"),
            new ResultatDroit("ASF", "incomplet"),
        ],
    };

    [Fact]
    public void Map_DroitsOuverts_OneRightsStatusPerRightWithOwnIdentifier()
    {
        var sut = CafSaisine.StatusMapper.Map(Update, AnswerReplay.Subject);

        var rights = sut.Result.Resources.OfType<RightsStatus>().ToList();
        Assert.Equal([("ALF", RightStatusCode.Open), ("RSA", RightStatusCode.Refused), ("ASF", RightStatusCode.Pending)], rights.Select(r => (r.Right.Code, r.Status)).ToArray());
        Assert.Equal(["S68-2026-004417/ALF", "S68-2026-004417/RSA", "S68-2026-004417/ASF"], rights.Select(r => r.Identifier![0].Value).ToArray());
        Assert.Equal(287.0m, rights[0].Amount!.Value);
        Assert.Equal(AnswerReplay.Subject.Household, rights[0].Household);
        Assert.Null(rights[1].Household);
        Assert.Contains(rights[1].Meta!.Tag!, t => t.Code == "CONDITIONS_RESSOURCES");
        Assert.All(rights, r => Assert.Equal("2026-03-18T14:10:00+01:00", r.CheckedAt.ToString()));
        Assert.Equal(new Identifier { System = IdentifierSystems.CafAllocataire, Value = "681-4471999" }, sut.Allocataire);
        var timeline = Assert.Single(sut.Result.Resources.OfType<TimelineEvent>());
        Assert.Equal("droit-ouvert", timeline.Type.Code);
        CanonicalAssert.Valid(sut.Result.Resources);
    }

    [Fact]
    public void Map_UnknownRightAndStatus_ReportedAndRightSkipped()
    {
        var update = Update with { Droits = [new ResultatDroit("CMU", "ouvert"), new ResultatDroit("QF", "suspendu")] };

        var sut = CafSaisine.StatusMapper.Map(update, AnswerReplay.Subject);

        var rights = Assert.Single(sut.Result.Resources.OfType<RightsStatus>());
        Assert.Equal(("QF", RightStatusCode.Unknown), (rights.Right.Code, rights.Status));
        Assert.Equal(["CMU", "suspendu"], sut.Result.Issues.Select(i => i.SourceValue!).ToArray());
        Assert.True(sut.Result.IsMappable);
    }

    [Fact]
    public void Map_CafUpdateThroughCpamMapper_Refused()
    {
        var sut = CpamSaisine.StatusMapper.Map(Update, AnswerReplay.Subject);

        Assert.False(sut.Result.IsMappable);
        Assert.Empty(sut.Result.Resources);
    }

    [Fact]
    public void Map_NoHousehold_NoTimelineEvent()
    {
        var sut = CafSaisine.StatusMapper.Map(Update with { Statut = "en-cours", Droits = null }, new RightsSubject(AnswerReplay.Subject.Person));

        Assert.Empty(sut.Result.Resources);
        Assert.Empty(sut.Result.Issues);
    }
}
