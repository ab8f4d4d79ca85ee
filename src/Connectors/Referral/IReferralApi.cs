using Refit;

namespace Hub.Connectors.Referral;

/// <summary>
/// The saisine receiver of schemas/external/caf-cpam/referral-openapi.yaml. The body goes as the exact bytes that were
/// signed (a re-serialisation could change them and break the HMAC); the answer is read raw for its problem details.
/// </summary>
internal interface IReferralApi
{
    [Post("/v1/saisines")]
    Task<HttpResponseMessage> DeposerSaisineAsync(
        [Body] HttpContent body,
        [Header("X-Timestamp")] string timestamp,
        [Header("X-Key-Id")] string keyId,
        [Header("X-Signature")] string signature,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);
}
