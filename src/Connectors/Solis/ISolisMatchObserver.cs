namespace Hub.Connectors.Solis;

/// <summary>
/// Told what SOLIS did to match a pushed household (<c>rapprochement</c>), so the hub can link the household to the
/// dossier (<c>urn:lda-hub:id:solis:dossier</c>). <see cref="Core.PushResult"/> carries one reference only; this
/// carries the rest of SOLIS's answer. Optional: register one to use it. A replayed push reports the same
/// match again: handle it idempotently.
/// </summary>
public interface ISolisMatchObserver
{
    /// <param name="referenceHub">The hub id the push was about.</param>
    /// <param name="matching"><c>DOSSIER_EXISTANT</c>, <c>DOSSIER_CREE</c> or <c>A_RAPPROCHER</c>.</param>
    /// <param name="idDossier">The SOLIS dossier, when matched or created.</param>
    Task OnMatchedAsync(string referenceHub, string matching, string? idDossier, CancellationToken cancellationToken);
}
