# The API with the graph browser on the embedded store, seed loaded at first start.
# Build: docker build -t actorgraph .   Run: docker compose up
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/ActorGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seed /app/seed
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ActorGraph__DatabasePath=/data/actorgraph.db \
    ActorGraph__SeedFolder=/app/seed
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "ActorGraph.Api.dll"]
