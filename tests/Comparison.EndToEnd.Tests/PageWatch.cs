using Microsoft.Playwright;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// Records what a page does that a user would not see: requests to other hosts, console errors
/// (a Content-Security-Policy violation is one), dialogs, and script errors.
/// </summary>
public sealed class PageWatch
{
    public List<string> ForeignRequests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public static PageWatch On(IPage page, string baseUrl)
    {
        var watch = new PageWatch();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                watch.ForeignRequests.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watch.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => watch.ConsoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            watch.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return watch;
    }

    public void AssertClean()
    {
        Assert.True(ForeignRequests.Count == 0, "requests to other hosts: " + string.Join(", ", ForeignRequests));
        Assert.True(ConsoleErrors.Count == 0, "console errors: " + string.Join(" | ", ConsoleErrors));
        Assert.Empty(Dialogs);
    }
}
