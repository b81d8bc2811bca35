-- wrk script: cycles through realistic API searches (words, phrases, citations, Dutch and German
-- terms, filters, asOf), accept-encoding identity so sizes compare with the static file.
local queries = {
  "q=248b", "q=art.+248b+Sr", "q=ECLI%3ANL%3AGHDHA%3A2018%3A2601", "q=%C2%A7+232a+(6)", "q=600-bis",
  "q=225-12-1", "q=s.53A", "q=sex+purchase+ban", "q=reporter+immunity", "q=ontucht+minderjarige",
  "q=Minderj%C3%A4hrige", "q=k%C3%B6p+av+sexuell+handling", "q=Code+penal", "q=%22buying+sexual+services%22",
  "q=decoy", "q=trafficking+victim+services", "q=GRETA+Article+6", "q=awareness+campaign", "q=Netherlands",
  "q=Sverige", "q=mandatory+reporting", "q=248b&asOf=2019-04-12&country=nl", "q=ban&asOf=2015-01-01&question=adult-purchase-offence",
  "q=minor&country=de,at,ch", "q=prostitution&question=minor-purchase-offence", "q=penalty&asOf=2019-04-12",
  "q=Wet+seksuele+misdrijven", "q=Schiedamse+kelderbox", "q=prostituci%C3%B3n+menores", "q=prostituzione+minorile",
  "q=seksuele+uitbuiting", "q=Sexual+Offences+Act", "q=Nordic+model", "q=client+criminalisation&asOf=2026-11-28",
  "q=child+prostitution+client", "q=undercover+online", "q=Lanzarote", "q=Directive+2011%2F36",
  "q=knowingly&question=victim-services-knowledge", "q=negligence", "q=strict+liability", "q=Iceland", "q=Israel",
  "q=T%C3%BCrkiye", "q=Scotland", "q=Northern+Ireland+purchase", "q=Ireland+2017", "q=France+2016",
  "q=minor&membership=eu&value=yes", "q=offence&group=minors",
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/search?" .. queries[i], { ["Accept-Encoding"] = "identity" })
end
