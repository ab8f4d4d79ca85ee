using System.Net;
using System.Text;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Resources;

/// <summary>
/// Every write endpoint refuses bad input with a 4xx OperationOutcome and leaves the store exactly as it was
/// (verified by counting rows and reading the existing resource back).
/// </summary>
public abstract class BadInputTests(HubApiFactory factory) : IAsyncLifetime
{
    public static TheoryData<string> Cases => [.. BadBodies.Keys];

    private static readonly Dictionary<string, (Func<HttpContent> Body, HttpStatusCode Status, string Code)> BadBodies = new()
    {
        ["malformed-json"] = (() => TestFhir.Json("""{"resourceType":"Person","name":{"""), HttpStatusCode.BadRequest, "structure"),
        ["not-an-object"] = (() => TestFhir.Json("""[{"resourceType":"Person"}]"""), HttpStatusCode.BadRequest, "structure"),
        ["wrong-type"] = (() => TestFhir.Json("""{"resourceType":"Person","birthDate":19840301}"""), HttpStatusCode.UnprocessableEntity, "value"),
        ["bad-partial-date"] = (() => TestFhir.Json("""{"resourceType":"Person","birthDate":"1984-13-45"}"""), HttpStatusCode.UnprocessableEntity, "value"),
        ["missing-required"] = (() => TestFhir.Json("""{"resourceType":"Person","identifier":[{"system":"urn:lda-hub:id:siao:personne"}]}"""), HttpStatusCode.UnprocessableEntity, "required"),
        ["unknown-property"] = (() => TestFhir.Json("""{"resourceType":"Person","shoeSize":42}"""), HttpStatusCode.UnprocessableEntity, "structure"),
        ["missing-resource-type"] = (() => TestFhir.Json("""{"birthDate":"1984"}"""), HttpStatusCode.BadRequest, "required"),
        ["other-resource-type"] = (() => TestFhir.Json("""{"resourceType":"Household"}"""), HttpStatusCode.BadRequest, "invalid"),
        ["unknown-resource-type"] = (() => TestFhir.Json("""{"resourceType":"Patient"}"""), HttpStatusCode.BadRequest, "invalid"),
        ["ten-megabytes"] = (() => TestFhir.Json("{\"resourceType\":\"Person\",\"name\":{\"birthName\":\"" + new string('A', 10 * 1024 * 1024) + "\"}}"), HttpStatusCode.RequestEntityTooLarge, "too-long"),
        ["invalid-utf8"] = (() => TestFhir.Raw([.. Encoding.UTF8.GetBytes("""{"resourceType":"Person","name":{"birthName":"M"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}")]), HttpStatusCode.BadRequest, "structure"),
        ["text-plain"] = (() => TestFhir.Raw(Encoding.UTF8.GetBytes("""{"resourceType":"Person"}"""), "text/plain"), HttpStatusCode.UnsupportedMediaType, "not-supported"),
        ["latin1-charset"] = (() => TestFhir.Raw(Encoding.Latin1.GetBytes("""{"resourceType":"Person"}"""), "application/fhir+json; charset=iso-8859-1"), HttpStatusCode.UnsupportedMediaType, "not-supported"),
    };

    private readonly HttpClient _client = factory.CreateClient();
    private string _existingId = "";
    private string _existingJson = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        var response = await _client.PostAsync("/api/Person", TestFhir.Json(TestFhir.Person("SIAO-EXISTING")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        _existingJson = await response.Content.ReadAsStringAsync();
        _existingId = System.Text.Json.Nodes.JsonNode.Parse(_existingJson)!["id"]!.GetValue<string>();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Create_BadBody_Returns4xxOutcomeAndStoreUnchanged(string name)
    {
        var (body, status, code) = BadBodies[name];
        var before = await factory.CountAsync();

        var response = await _client.PostAsync("/api/Person", body());

        await ResourceApiTestsAssert.OutcomeAsync(response, status, code);
        await AssertUnchangedAsync(before);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Update_BadBody_Returns4xxOutcomeAndStoreUnchanged(string name)
    {
        var (body, status, code) = BadBodies[name];
        var before = await factory.CountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/Person/{_existingId}") { Content = body() };
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");

        var response = await _client.SendAsync(request);

        await ResourceApiTestsAssert.OutcomeAsync(response, status, code);
        await AssertUnchangedAsync(before);
    }

    [Theory]
    [InlineData("W/\"7\"", HttpStatusCode.PreconditionFailed, "conflict")]
    [InlineData("not-a-tag", HttpStatusCode.BadRequest, "value")]
    public async Task Update_BadIfMatch_Returns4xxOutcomeAndStoreUnchanged(string ifMatch, HttpStatusCode status, string code)
    {
        var before = await factory.CountAsync();

        var response = await TestFhir.PutAsync(_client, $"/api/Person/{_existingId}", TestFhir.Person("SIAO-EXISTING", "CHANGED"), ifMatch);

        await ResourceApiTestsAssert.OutcomeAsync(response, status, code);
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task Delete_StaleIfMatch_Returns412AndStoreUnchanged()
    {
        var before = await factory.CountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/Person/{_existingId}");
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"9\"");

        var response = await _client.SendAsync(request);

        await ResourceApiTestsAssert.OutcomeAsync(response, HttpStatusCode.PreconditionFailed, "conflict");
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task Create_SchemaInvalid_ReportsJsonPathOfEachIssue()
    {
        var response = await _client.PostAsync("/api/Person", TestFhir.Json(
            """{"resourceType":"Person","birthDate":"1984-13","identifier":[{"system":"urn:lda-hub:id:siao:personne"}]}"""));

        var outcome = await ResourceApiTestsAssert.OutcomeAsync(response, HttpStatusCode.UnprocessableEntity, null);
        var expressions = outcome["issue"]!.AsArray().Select(i => i!["expression"]![0]!.GetValue<string>()).ToList();
        Assert.Contains("Person.birthDate", expressions);
        Assert.Contains(expressions, e => e.StartsWith("Person.identifier[0]", StringComparison.Ordinal));
    }

    private async Task AssertUnchangedAsync(StoreCounts before)
    {
        Assert.Equal(before, await factory.CountAsync());
        var current = await _client.GetAsync($"/api/Person/{_existingId}");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(_existingJson, await current.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBadInputTests(SqliteHubApiFactory factory) : BadInputTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBadInputTests(PostgresHubApiFactory factory) : BadInputTests(factory);
