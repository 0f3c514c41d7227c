## Brevtekster. Brevene går til danske myndigheder og er derfor altid på dansk.
## Korte sætninger. Hver regel, brevet bygger på, nævnes med §: { $basis } er lov og § fra regeldata
## (rules/dk/breve.toml og reglens citation.reference); ingen § skrives i en sætning.

letter-date = { $day }. { $month } { $year }
letter-place-date = { $place }, { $date }
letter-case-line = Sagsnummer: { $case }
letter-cpr-line = CPR-nr.: { $cpr }
letter-phone-line = Telefon: { $phone }
letter-email-line = E-mail: { $email }
letter-closing = Med venlig hilsen
letter-enclosures = Bilag
letter-enclosure = Bilag { $n }: { $text }
letter-see-enclosure = Se bilag { $n }.
letter-see-enclosures = Se bilag { $list }.

## Ydelsen, som brevet handler om. $benefit er et id fra rules/dk (kontanthjaelp …).
letter-benefit = { $benefit ->
    [kontanthjaelp] kontanthjælp
    [dagpenge] dagpenge
    [sygedagpenge] sygedagpenge
    [ledighedsydelse] ledighedsydelse
    [fleksjob] fleksjob
    [foertidspension] førtidspension
    [jobafklaring] jobafklaringsforløb
    [ressourceforloeb] ressourceforløb
   *[other] ydelse
  }
letter-my-benefit = { $benefit ->
    [dagpenge] mine dagpenge
    [sygedagpenge] mine sygedagpenge
    [fleksjob] mit fleksjob
    [jobafklaring] mit jobafklaringsforløb
    [ressourceforloeb] mit ressourceforløb
   *[other] min { letter-benefit }
  }
# Hvad en afgørelse handler om, når brugeren har valgt slags og ydelse.
letter-matter = { $benefit ->
    [none] { $decision ->
        [sanction] sanktion
        [stop] stop af min ydelse
        [refusal] afslag
       *[other] none
      }
   *[other] { $decision ->
        [sanction] sanktion i { letter-benefit }
        [stop] stop af { letter-benefit }
        [refusal] afslag på { letter-benefit }
       *[other] { letter-benefit }
      }
  }

## Lovenes navne i ejefald, som brevet skriver dem foran en § fra regeldata
## (rules/dk/sagsbehandling.toml: reference). Id = law- + lovens navn med små bogstaver og bindestreger.
law-forvaltningsloven = forvaltningslovens
law-offentlighedsloven = offentlighedslovens
law-retssikkerhedsloven = retssikkerhedslovens
law-lov-om-aktiv-socialpolitik = aktivlovens
law-sygedagpengeloven = sygedagpengelovens
law-ombudsmandsloven = ombudsmandslovens

## Svar på partshøring
partshoering-subject = Svar på partshøring – jeres brev af { $date }
partshoering-intro = Jeg har fået jeres brev af { $date }. I skriver, at I overvejer at træffe en afgørelse { $benefit ->
    [none] i min sag
   *[other] om { letter-my-benefit }
  }. Her er mit svar. Jeg beder jer tage det med, før I træffer afgørelse, jf. { $basis }.
partshoering-intro-deadline = Jeg svarer inden jeres frist { $date }.
point-heading = { $n }. { $topic ->
    [missed-meeting] Udeblivelse{ point-heading-date }
    [refused-offer] Afvist tilbud eller job{ point-heading-date }
    [not-available] Rådighed{ point-heading-date }
    [illness] Sygdom{ point-heading-date }
   *[other] { $date ->
        [none] Mine bemærkninger
       *[other] Det, der skete den { $date }
      }
  }
point-heading-date = { $date ->
    [none] {""}
   *[other] {" "}den { $date }
  }
point-reason = { $reason ->
    [illness] Jeg havde en rimelig grund: Jeg var syg.
    [childcare] Jeg havde en rimelig grund: Jeg kunne ikke få passet mit barn.
    [transport] Jeg havde en rimelig grund: Jeg kunne ikke komme frem.
    [caring-for-relative] Jeg havde en rimelig grund: Jeg skulle passe et sygt familiemedlem.
   *[other] Jeg havde en rimelig grund, som jeg har beskrevet ovenfor.
  }{ $law ->
    [aktivloven] {" "}Når der er en rimelig grund, må kommunen ikke give en sanktion, jf. { $basis }.
   *[none] {""}
  }
point-no-contact = Så vidt jeg ved, har I ikke forsøgt at kontakte mig personligt, før I vurderede sagen. Det skal I, før I sanktionerer en person, der er aktivitetsparat.
point-no-guidance = Jeg har ikke fået skriftlig besked om, hvad der ville ske med min hjælp, hvis jeg { $topic ->
    [refused-offer] sagde nej til tilbuddet
   *[other] ikke mødte op
  }. Det skal kommunen give, før den kan sanktionere, jf. { $basis }.
partshoering-request-heading = Det beder jeg om
partshoering-request-default = Jeg beder jer om ikke at træffe en afgørelse, der går mig imod, og om ikke at trække i min ydelse.
partshoering-reasons = Træffer I alligevel en afgørelse, der går mig imod, beder jeg om en skriftlig begrundelse. Den skal nævne de regler, I bygger på, og det, I har lagt vægt på, jf. { $basis }. Jeg beder også om klagevejledning, jf. { $basis_guidance }.
partshoering-contact = Kontakt mig gerne, hvis I har brug for flere oplysninger.

## Fristforlængelse
fristforlaengelse-subject = Anmodning om længere svarfrist – jeres brev af { $date }
fristforlaengelse-body = Jeg har fået jeres brev af { $date } om partshøring. I har sat en svarfrist til { $reply_by }. Jeg beder om at få fristen forlænget til { $new_reply_by }.
fristforlaengelse-reason = Jeg har brug for mere tid, fordi: { $reason }
fristforlaengelse-rule = En anmodning om længere frist bør normalt imødekommes, når der er en rimelig grund. Jeg beder jer vente med at træffe afgørelse, til I har fået mit svar, jf. { $basis }.
fristforlaengelse-confirm = Skriv venligst til mig og bekræft den nye frist.

## Aktindsigt
aktindsigt-subject = Anmodning om aktindsigt{ $matter ->
    [none] {""}
   *[other] {" "}– { $matter }
  }
aktindsigt-body = Jeg beder om aktindsigt i alle dokumenter i min sag, jf. { $basis }. Det gælder også notater om telefonsamtaler og møder, e-mails og interne oplysninger.
aktindsigt-journal = Jeg beder også om en liste over sagens dokumenter (journalen).
aktindsigt-delivery = Send gerne dokumenterne til min digitale postkasse.
aktindsigt-deadline = Kan I ikke svare inden 7 arbejdsdage, det vil sige senest { $date }, beder jeg om at få at vide hvorfor, og hvornår jeg kan forvente svar, jf. { $basis }.

## Begrundelse
begrundelse-subject = Anmodning om skriftlig begrundelse – afgørelse af { $date }
begrundelse-body = Jeg har fået jeres afgørelse af { $date }. Jeg beder om en skriftlig begrundelse for afgørelsen, jf. { $basis }.
begrundelse-content = Begrundelsen skal henvise til de regler, afgørelsen bygger på. Den skal også nævne de hovedhensyn, I har lagt vægt på, og de oplysninger om sagens faktiske forhold, der har haft væsentlig betydning, jf. { $basis }.
begrundelse-klagevejledning = Jeg beder også om klagevejledning, jf. { $basis }.
begrundelse-deadline-note = Min klagefrist er ikke sat på pause, mens jeg venter på begrundelsen. Jeg forbeholder mig derfor at klage inden fristen.

## Klage
klage-subject = Klage over afgørelse af { $date }{ $matter ->
    [none] {""}
   *[other] {" "}– { $matter }
  }
klage-intro = Jeg klager over jeres afgørelse af { $date }. Jeg er uenig i afgørelsen.
klage-genvurdering = Jeg beder jer se på sagen igen (genvurdering). Hvis I fastholder afgørelsen, skal I sende min klage og sagens dokumenter videre til Ankestyrelsen, jf. { $basis }.
klage-genvurdering-akasse = Jeg beder a-kassen se på sagen igen. Hvis I fastholder afgørelsen, skal I sende min klage videre til Styrelsen for Arbejdsmarked og Rekruttering.
klage-deadline = Klagen er sendt inden klagefristen, som udløber { $date }.
klage-points-heading = Derfor er jeg uenig
klage-errors-heading = Fejl i sagsbehandlingen
klage-errors-intro = Efter min vurdering har I ikke fulgt reglerne for sagsbehandling på disse punkter:
## Én sætning pr. fejl fra tjekket (rules/dk/sagsbehandling.toml). Første person, til myndigheden.
## { $basis } er lov og § fra regeldata, fx "forvaltningslovens § 19, stk. 1".
klage-error-partshoering = I har ikke partshørt mig, før I traf afgørelsen. Jeg har ikke fået lov at se og svare på de oplysninger, som afgørelsen bygger på, jf. { $basis }.
klage-error-begrundelse-regler = Afgørelsen nævner ikke de regler, den bygger på, jf. { $basis }.
klage-error-begrundelse-hovedhensyn = Afgørelsen bygger på et skøn, men den siger ikke, hvilke hensyn I har lagt vægt på, jf. { $basis }.
klage-error-begrundelse-faktum = Afgørelsen siger ikke, hvilke oplysninger om min situation I har lagt vægt på, jf. { $basis }.
klage-error-klagevejledning = Afgørelsen siger ikke, hvem jeg kan klage til, hvordan og inden for hvilken frist, jf. { $basis }.
klage-error-notatpligt = I har ikke skrevet ned, hvad jeg har sagt i telefonen eller til møder, selv om det har betydning for sagen, jf. { $basis }.
klage-error-vejledning = I har ikke vejledt mig om mine muligheder og pligter, jf. { $basis }.
klage-error-oplysning = I har ikke skaffet de oplysninger, der var nødvendige, før I traf afgørelsen. Sagen er ikke oplyst godt nok, jf. { $basis }.
klage-error-helhedsvurdering = I har ikke set på alle de former for hjælp, jeg kan have ret til, men kun på det, jeg søgte om, jf. { $basis }.
klage-error-inddragelse = I har ikke givet mig mulighed for at være med i behandlingen af min sag, jf. { $basis }.
klage-error-partsrepraesentant = I har ikke ladet mig have en bisidder eller partsrepræsentant med, eller I har ikke sendt brevene til vedkommende, jf. { $basis }.
klage-error-aktindsigt-besvaret = Jeg bad om aktindsigt, men fik hverken svar i tide eller besked om, hvorfor det tog længere tid, jf. { $basis }.
klage-error-skriftlig-afgoerelse = Jeg har kun fået afgørelsen mundtligt. Jeg beder om den på skrift med en begrundelse, jf. { $basis }.
klage-error-sanktionsvejledning = I har ikke skriftligt fortalt mig om mine pligter, og om hvad der ville ske med min hjælp, hvis jeg ikke overholdt dem, før I gav sanktionen, jf. { $basis }.
klage-error-rimelig-grund-vurderet = I har ikke vurderet, om jeg havde en rimelig grund, før I gav sanktionen, jf. { $basis }.
klage-error-personlig-kontakt-aktivitetsparate = Jeg er aktivitetsparat, og I har ikke forsøgt at få personlig kontakt med mig, før I gav sanktionen, jf. { $basis }.
klage-error-stop-efter-afgoerelse = Mine sygedagpenge blev stoppet, før jeg havde fået en afgørelse om det, jf. { $basis }.
klage-request-heading = Det beder jeg om
klage-request-default = Jeg beder om, at afgørelsen bliver ændret eller ophævet.
klage-aktindsigt = Jeg beder samtidig om aktindsigt i sagens dokumenter, jf. { $basis }.

## Ombudsmanden
ombudsmand-recipient-name = Folketingets Ombudsmand
ombudsmand-recipient-address-1 = Gammeltorv 22
ombudsmand-recipient-address-2 = 1457 København K
ombudsmand-subject = Klage over { $authority } – afgørelse af { $date }
ombudsmand-intro = Jeg klager over { $authority }s afgørelse af { $date } og over behandlingen af min sag.
ombudsmand-exhausted = { $authority } er sidste klageinstans i sagen. Jeg har altså brugt de klagemuligheder, der er, jf. { $basis }.
ombudsmand-deadline = Klagen er sendt inden for 12 måneder efter, at jeg modtog den endelige afgørelse, jf. { $basis }. Fristen udløber { $date }.
ombudsmand-points-heading = Det klager jeg over
ombudsmand-request = Jeg beder Ombudsmanden undersøge, om myndigheden har behandlet min sag efter reglerne.

# A note to the sender, never part of the letter: an adviser's override was used.
letter-override-note = Til dig, ikke til myndigheden: brevet bygger på en regel, som en rådgiver har rettet ({ $rules }). Tjek fristen, før du sender.
