using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;

namespace Hub.Canonical.Tests.Serialization;

public sealed class ResourceJsonConverterTests
{
    [Fact]
    public void Serialize_ConcreteResource_WritesResourceTypeFirstAndNoNulls()
    {
        var sut = new Person { Id = "p-1", BirthDate = new FhirDate(1985) };

        var json = JsonSerializer.Serialize(sut, CanonicalJsonContext.Default.Person);

        Assert.Equal("""{"resourceType":"Person","id":"p-1","birthDate":"1985"}""", json);
    }

    [Fact]
    public void Deserialize_ResourceTypeLast_PicksTheConcreteType()
    {
        const string Json = """{"status":"draft","person":{"reference":"Person/1"},"organisations":[{"system":"urn:lda-hub:code:organisation-partenaire","code":"siao"}],"purposes":[{"system":"urn:lda-hub:code:finalite-consentement","code":"coordination"}],"resourceType":"Consent"}""";

        var sut = CanonicalJson.Deserialize(Json);

        var consent = Assert.IsType<Consent>(sut);
        Assert.Equal(ConsentStatus.Draft, consent.Status);
    }

    [Fact]
    public void Deserialize_BundleEntries_AreTypedResources()
    {
        const string Json = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Person","id":"1"}},{"resource":{"id":"2","resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]}}]}""";

        var sut = Assert.IsType<Bundle>(CanonicalJson.Deserialize(Json));

        Assert.Collection(
            sut.Entry!,
            static e => Assert.IsType<Person>(e.Resource),
            static e => Assert.Equal(IssueType.NotFound, Assert.IsType<OperationOutcome>(e.Resource).Issue[0].Code));
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient"}""")]
    [InlineData("""{"id":"1"}""")]
    [InlineData("""{"resourceType":42}""")]
    [InlineData("""[]""")]
    public void Deserialize_UnknownOrMissingResourceType_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => CanonicalJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_PropertyUnknownToTheModel_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => CanonicalJson.Deserialize("""{"resourceType":"Person","nom":"EXEMPLE"}"""));
    }

    [Fact]
    public void Deserialize_RequiredPropertyMissing_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => CanonicalJson.Deserialize("""{"resourceType":"Household"}"""));
    }

    [Theory]
    [InlineData("""{"resourceType":"Person","birthDate":"1985-02-30"}""")]
    [InlineData("""{"resourceType":"Person","birthDate":1985}""")]
    [InlineData("""{"resourceType":"Person","meta":{"lastUpdated":"2024-03-18T09:30:00"}}""")]
    public void Deserialize_BadDate_ThrowsJsonExceptionWithoutEchoingTheValue(string json)
    {
        var exception = Assert.Throws<JsonException>(() => CanonicalJson.Deserialize(json));

        Assert.DoesNotContain("1985", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_StringEnum_WritesSchemaCode()
    {
        var sut = new Bundle { Type = BundleType.BatchResponse, Entry = [new BundleEntry { Request = new BundleEntryRequest { Method = HttpVerb.Delete, Url = "Consent/1" } }] };

        var json = CanonicalJson.Serialize(sut);

        Assert.Equal("""{"resourceType":"Bundle","type":"batch-response","entry":[{"request":{"method":"DELETE","url":"Consent/1"}}]}""", json);
    }

    [Fact]
    public void To_TypeAndId_BuildsRelativeReference()
    {
        var sut = Reference.To(Household.TypeName, "m-1");

        Assert.Equal("""{"reference":"Household/m-1"}""", JsonSerializer.Serialize(sut, CanonicalJsonContext.Default.GetTypeInfo(typeof(Reference))!));
    }
}
