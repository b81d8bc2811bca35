using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Comparison.Site.Rendering;

/// <summary>
/// Renders a Razor component to an HTML string with Blazor's <see cref="HtmlRenderer"/>, which
/// escapes every value by default. The encoder leaves letters of every script as they are
/// (é, ş, ы), so pages stay small and readable, and still escapes &lt; &gt; &amp; and quotes.
/// </summary>
internal sealed class PageRenderer : IAsyncDisposable
{
    private readonly HtmlRenderer renderer = new(new Services(), NullLoggerFactory.Instance);

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    /// <summary>The renderer asks its services for an encoder and for optional features; this answers only the encoders.</summary>
    private sealed class Services : IServiceProvider
    {
        private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

        private static readonly JavaScriptEncoder Script = JavaScriptEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) =>
            serviceType == typeof(HtmlEncoder) ? Html : serviceType == typeof(JavaScriptEncoder) ? Script : null;
    }
}
