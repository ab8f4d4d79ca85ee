namespace Hub.Api.Fhir;

internal static class FhirMediaTypes
{
    public const string FhirJson = "application/fhir+json";
    public const string Json = "application/json";

    /// <summary>What the hub writes: FHIR JSON, always UTF-8.</summary>
    public const string FhirJsonUtf8 = "application/fhir+json; charset=utf-8";
}
