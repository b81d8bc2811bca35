using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Comparison.Site.Feeds;

/// <summary>Writes an XML document as UTF-8 without a byte-order mark, indented, LF line ends.</summary>
internal static class XmlBytes
{
    public static byte[] Of(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
