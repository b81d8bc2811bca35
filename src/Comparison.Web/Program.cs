using Comparison.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddComparison();

var app = builder.Build();
app.UseComparison();
app.Run();
