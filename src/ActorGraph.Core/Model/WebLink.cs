namespace ActorGraph.Core.Model;

/// <summary>
/// Which document URLs may become links. A URL is whatever the document's author wrote; only an absolute http(s)
/// address is a link, so <c>URL: javascript:...</c> can never run script in a page or report that shows it.
/// </summary>
public static class WebLink
{
    /// <summary>The URL when it is an absolute http(s) address, else null: <c>Of("https://x.org/a")</c> is the URL.</summary>
    public static string? Of(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;
}
