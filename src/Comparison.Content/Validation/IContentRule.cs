namespace Comparison.Content.Validation;

/// <summary>One semantic rule over the whole content tree. Rules report; they never throw.</summary>
public interface IContentRule
{
    void Check(RuleContext context);
}
