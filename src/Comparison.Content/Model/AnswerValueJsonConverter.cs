using System.Text.Json;
using System.Text.Json.Serialization;

namespace Comparison.Content.Model;

/// <summary>Reads and writes <see cref="AnswerValue"/> as a JSON string, number or array.</summary>
public sealed class AnswerValueJsonConverter : JsonConverter<AnswerValue>
{
    public override AnswerValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return AnswerValue.Word(reader.GetString()!);
            case JsonTokenType.Number:
                return AnswerValue.Of(reader.GetDecimal());
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(reader.GetString() ?? throw new JsonException("option ids are words"));
                }

                return AnswerValue.List(items);
            default:
                throw new JsonException("an answer value is a word, a number or a list of words");
        }
    }

    public override void Write(Utf8JsonWriter writer, AnswerValue value, JsonSerializerOptions options)
    {
        if (value.Token is { } token)
        {
            writer.WriteStringValue(token);
        }
        else if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var option in value.Options ?? [])
            {
                writer.WriteStringValue(option);
            }

            writer.WriteEndArray();
        }
    }
}
