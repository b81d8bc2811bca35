using Comparison.Search.Querying;

namespace Comparison.Search.Tests;

public sealed class UserQueryTests
{
    [Fact]
    public void Words_and_quoted_phrases_are_separated()
    {
        var query = UserQuery.Parse("reporter \"exempt from punishment\" immunity");
        Assert.Equal(["reporter", "immunity"], query.Words);
        Assert.Equal(["exempt from punishment"], query.Phrases);
    }

    [Theory]
    [InlineData("\"unbalanced phrase", new string[0], new[] { "unbalanced phrase" })]
    [InlineData("AND OR NOT * ~ ? [ ] { } ( ) : / \\", new[] { "AND", "OR", "NOT", "*", "~", "?", "[", "]", "{", "}", "(", ")", ":", "/", "\\" }, new string[0])]
    [InlineData("a\u0000b\u0007c", new[] { "a", "b", "c" }, new string[0])]
    [InlineData("   ", new string[0], new string[0])]
    public void Nothing_is_query_syntax(string text, string[] words, string[] phrases)
    {
        var query = UserQuery.Parse(text);
        Assert.Equal(words, query.Words);
        Assert.Equal(phrases, query.Phrases);
    }

    [Fact]
    public void Long_input_is_capped_in_length_and_parts()
    {
        var query = UserQuery.Parse(string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"w{i}")));
        Assert.Equal(UserQuery.MaxParts, query.Words.Count);
    }
}
