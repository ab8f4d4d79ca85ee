using System.Net;
using System.Text;
using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.Tests.ApiParticulier;

/// <summary>Replays one API Particulier answer (status + body) through the connector's reader and the mapper, as the sync engine will.</summary>
internal static class AnswerReplay
{
    public static readonly DateTimeOffset CheckedAt = new(2026, 3, 4, 8, 30, 0, TimeSpan.Zero);

    public static readonly RightsSubject Subject = new(
        Reference.To(Person.TypeName, "p-0192"),
        Reference.To(Household.TypeName, "h-0071"));

    /// <exception cref="Hub.Connectors.Core.ConnectorException">The answer is an error (classified).</exception>
    public static MappingResult Map(ApiParticulierEndpoint endpoint, int status, string body, ApiParticulierResponseMeta? meta = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var code = (HttpStatusCode)status;
        meta ??= ApiParticulierResponseMeta.None;
        var sut = ApiParticulierRightsMapper.Default;
        return endpoint switch
        {
            ApiParticulierEndpoint.QuotientFamilial => sut.MapQuotientFamilial(
                ApiParticulierResponseReader.Read(endpoint, code, bytes, meta, CheckedAt, ApiParticulierJsonContext.Default.ApiParticulierEnvelopeQuotientFamilialData), Subject),
            ApiParticulierEndpoint.ComplementaireSanteSolidaire => sut.MapComplementaireSanteSolidaire(
                ApiParticulierResponseReader.Read(endpoint, code, bytes, meta, CheckedAt, ApiParticulierJsonContext.Default.ApiParticulierEnvelopeComplementaireSanteSolidaireData), Subject),
            _ => sut.MapPrestation(
                ApiParticulierResponseReader.Read(endpoint, code, bytes, meta, CheckedAt, ApiParticulierJsonContext.Default.ApiParticulierEnvelopePrestationData), Subject),
        };
    }
}
