# ruff: noqa: E501  (one cue per line reads and diffs better than wrapped alternatives)
"""Cue phrases per language, positive and negative, in the phrase language of `patterns`.

Each line is ``<weight><flags> <phrase>``. Weights: 3 a decision on its own, 2 strong but
not enough alone, 1 colour. Flags: ``s`` a statement that is only decisive when the mail is
about the reader's own application (a post filled, a bare "not moving forward"; weight 1
otherwise, ignored in job alerts and hiring pauses), ``y`` void when "you"/"your" stands
just before it (the candidate reporting someone else's decision), ``f`` final even during
a hiring pause ("closing all applications"), ``c`` a cancellation, which alone does not
make an invitation, ``m`` a meeting moved, an invitation only in a mail about hiring,
``k`` a standing scheduling link (a signature's "book time with me") that never outweighs
a "no", ``o`` a bare no void when "on <something>" follows it ("a no from finance on the
rate rise", "we'll pass this time on the panel member"), unless that is the reader's,
``w`` a change of course void when "with" and a thing that is no job follows it ("gone
another way with the menu"; "with the role", "with your application", "with someone" stay),
``r`` void when "for" and someone other than the reader follows ("not good news for the other
candidates"), ``n`` void when the job's papers follow ("you haven't got the job description"),
``i`` void when "if/unless you" follows ("not the right fit for you if you want to stay
remote"), ``e`` void when "of" follows ("taking you to the next stage of the hike": another
journey's).

Cues are written to cover families of wording, not sentences of the corpus: the corpus in
tests/data/emails was partly written blind (see the blind* files) to keep them honest.
"""

from __future__ import annotations

from .patterns import Cue

# Categories that decide the answer, and the contexts and guards that temper them.
REJECTION = "rejection"
OFFER = "offer"
INVITE = "interview_invite"
RECEIVED = "application_received"
APP_CONTEXT = "app_context"
JOB_CONTEXT = "job_context"
NON_JOB = "non_job"
PAUSE = "pause"
WITHDRAWAL = "withdrawal"
VOICE = "candidate_voice"
ALERT = "alert"
OUTREACH = "outreach"
META = "meta"
REFERRAL = "referral"
HIRING_SIDE = "hiring_side"
REQUEST = "request"
STATUS = "status_notice"


def _cues(category: str, block: str) -> list[Cue]:
    cues = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, phrase = line.partition(" ")
        cues.append(Cue(category, int(head[0]), phrase.strip(), head[1:]))
    return cues


_REJECTION_EN = """
2 not ~3 need/needing anyone/anybody/someone extra/new/else/more
3s already ~1 hired/recruited for
3s offered/given/gave/giving/offering ~1 the ~3 job/role/position/post/spot/place/gig/shifts/hours ~4 to ~1 my/our/a/another/someone/somebody/one
2s position/job/role/spot/vacancy/post/internship/placement/apprenticeship/traineeship/shift/shifts is? gone
3s not ~3 move/moving/moved/go/going forward/ahead
3 not/unable ~3 proceed/proceeding/continue/continuing/progress/progressing/advance/advancing/go/going ahead? with ~3 your/you/application/candidacy/candidature/profile/process/recruitment/recruiting/hiring/interview/interviews
3 not/unable ~3 progress/progressing/advance/advancing/move/moving/carry/carrying/push/shortlist/shortlisting/select/selecting/interview/interviewing/consider/considering/pursue/pursuing ~2 you/your/application/candidacy/candidature/profile/cv/resume
3 not/unable ~3 take/taking/put/putting ~2 you/your ~2 application/applications/candidacy/candidature/profile/cv/resume/forward/further/through
3 not ~4 bring/bringing/take/taking you on/onboard/aboard
3 not/unable ~3 proceed/proceeding/progress/progressing/advance/advancing/continue/continuing/take/taking/pursue/pursuing ~2 it/this? any? further
3 not be progressing/advancing/proceeding
3 not ~3 progress/progressing/progressed/advance/advancing/advanced/move/moving/moved/proceed/proceeding/continue/continuing/invite/inviting ~3 to/into/onto the? next/final/further/second/third/following/assessment/onsite/interview/interviewing/technical/offer ~2 stage/stages/round/rounds/step/steps/phase/interview/interviews/centre/center
3 not/unable ~2 invite/inviting/ask/asking you ~4 interview/interviews/next/further/onsite/final/another/second/assessment
# "we won't be inviting you in this time": asked in, not at all, on this occasion
3 not/unable ~2 invite/inviting/ask/asking/bring/bringing/call/calling you in/back ~1 this/on/at/for time/occasion/stage/point/round/now
3 not to invite
3 not ~3 asked/ask/asking/want/wanted/wish/wished to meet/interview/see you
3 not/unable ~4 place/placing/hire/hiring/employ/employing/engage/engaging/recruit/recruiting/onboard you
3 not ~4 include/including you ~3 round/stage/shortlist/interviews/interview/process/next/longlist
2 not ~3 need/needing you ~5 after all
2 no ~2 place/room/spot/space/job/role/work/position/opening/vacancy ~2 for you
3 not ~3 bring/bringing/take/taking ~1 anyone/anybody ~1 new? on
# "so won't be bringing a contractor on": the outside help the reader offered
2s not ~3 bring/bringing/take/taking ~1 a/an/any ~1 contractor/contractors/freelancer/freelancers/consultant/consultants/temp/temps on/in/onboard
# "we've got all the drivers we need for now": staff words only, so "all the boxes we need" is no no
2s got/have/found ~1 all the ~2 staff/people/drivers/hands/help/cover/chefs/cooks/cleaners/carers/workers/tutors/temps/engineers/developers/designers/nurses/teachers/waiters/baristas/bartenders/assistants/freelancers/contractors/interns ~1 we ~1 need/needed
# "it's not quite what we're after for this role"
2s not ~2 quite? what we ~1 are? after/seeking
3y you ~2 were/was ~2 a? very? close second
2 it ~1 was/is not you
2 nothing left
3y my ~1 daughter/son/nephew/niece/cousin/brother/sister ~3 going to do/take/cover it
2 brauchen/benotigen ~3 niemanden/niemand ~2 mehr
3 stellen ~3 niemanden/niemand/keine/keinen ~2 mehr? ein
1 sorry mate/pal/love/pet/buddy/bud/lad/hun
3 keep/keeping it in the family
3y keep/keeping ~5 job/role/position/post/vacancy ~2 within/in ~2 the/our? existing/current? team/house/company/business/staff/family
1 crew/team/roster/rota/staff ~2 full
1 full crew/team/roster/rota/staff
3 not ~3 moved/placed/added/forwarded ~2 to/on/onto the? eligible/eligibility/hiring/referral/candidate list/register/pool
2 i/we ~1 want/need/needed/wanted ~1 someone/somebody who/with/that
# "you're not quite there yet" (a medium cue: a draft may be "not quite there yet" too)
2 you are/were not quite there yet
3y gave/given/give/giving/offered ~4 hours/job/role/shifts/spot/position/place/work to ~1 my/our ~1 nephew/niece/son/daughter/cousin/brother/sister/friend/mate/neighbour/neighbor
# "decided to focus on candidates whose experience better fits": the decision, not a receipt's plan
3y decided/chosen/chose/opted ~2 to? focus/concentrate ~2 on ~2 candidates/applicants/profiles/people whose/who/with/that
3yw decided/decision/chosen/chose/elected/opted/determined/choosing/concluded ~6 other/another/different/alternative ~2 candidate/candidates/applicant/applicants/individual/individuals/profile/profiles/person/people/finalist/finalists/direction
3y pursue/pursuing/proceed/proceeding/progress/progressing/move/moving/moved/go/going/went/continue/continuing/advance/advancing/focus/focusing/selected/select/chosen/chose/choose/hired/offered/extended/appointed/identified/gone/proceeded/progressed/given/gave/give ~4 other/another/different/alternative ~2 candidate/candidates/applicant/applicants/individual/individuals/profile/profiles/person/people/finalist/finalists/hire/designer/engineer/chef/applicants/designers/engineers/developers/analysts/writers/chefs/nurses/teachers
3y pursue/pursuing/proceed/proceeding/sorted/move/moving/moved/go/going/went/gone/selected/chosen/chose/hired/offered/given/gave/give/appointed/taken/take/took ~5 someone/somebody ~2 else/who/whose/with/local/internally
3y decided/decision/chosen/chose/opted ~8 candidates/applicants/profiles/candidate/applicant/someone/individuals whose/who/that/with
3s have/has/had ~2 selected/chosen/hired/identified/appointed/offered ~4 candidate/candidates/applicant/applicants/someone/individual/individuals/person/finalist/profiles
3 gone/went/go/going/proceed/proceeding/move/moving ~2 with ~2 someone/somebody
2y go/going/gone/went ~2 with ~2 candidates/applicants/people/profiles who/whose/that/with
3 internal candidate/candidates/applicant/hire/applicants
# "we've gone with an internal for team leader": the bare noun, a statement ("went with an internal tool")
2s gone/went/going/go ~1 with an internal for/on/this/instead/in
3 no further action ~4 taken/take ~3 your/on/with
3 offered/given/gave/extended them/him/her ~2 the/a/an ~2 position/role/job/post/offer
# "they're offering it to her": the role goes to the other finalist
2yp offering/offered/giving/given/gave it to ~1 the? him/her/finalist/candidate/someone/somebody
2 your ~3 experience/background/skills/profile/portfolio ~3 was/were/is/felt ~1 lighter/weaker/thinner/narrower/less ~3 than
3yp found/identified/selected/chosen ~2 candidates/applicants/candidate/applicant/profiles/someone/somebody who/whose/that ~4 more/better/closer/stronger ~1 closely? match/matches/suit/suits/meet/meets/fit/fits/aligned/suited/qualified
2 gave/give/given/gives them/him/her the edge
3 not met ~3 criteria/requirements/standard/threshold/bar ~3 shortlisted/progress/proceed/interview/shortlist/shortlisting
2s not met ~4 criteria/requirements/requirement/standard/threshold/bar
3 not among ~4 candidates/applicants/finalists ~3 referred/selected/shortlisted/chosen/invited/considered/progressed
3s you ~2 not among them/those
3y decided/decision/going ~2 to? keep/continue ~1 looking/searching
3y decided/decision/going ~2 to? keep ~2 our/the search open/going
3y someone/somebody/another ~3 accepted/accept ~2 it/the/our ~2 already/job/role/position/offer/post/spot
3 score/scores/result/results/mark/marks ~3 not ~2 high/good/strong enough
3 you/your/application ~3 not ~2 reach/reached/achieve/achieved/attain/attained/meet/met ~3 score/scores/mark/marks/standard/threshold/benchmark/pass
3s selected/chosen/appointed/hired/identified ~1 a/the ~1 successful? candidate/applicant ~3 for/to ~2 the/this position/role/job/post/vacancy
2s we ~2 not ~1 currently/actively? hiring/recruiting
3 ended/end up ~2 filling/giving/offering ~3 position/role/job/vacancy/spot/post/place
3 unable/not ~2 to? proceed/progress/continue ~2 further? as/because/since you/your
3 hold/holding off on ~3 hire/hiring/role/position/search/filling/recruiting
2 hold/holding off on you/your
# "we're going to hold off on moving your application forward" ("until the budget" pauses it)
3 hold/holding off on moving/progressing/advancing/taking ~1 you/your ~1 application/candidacy/candidature/profile? forward/further
3 hold/holding off on moving/progressing/advancing/taking/pursuing/considering ~1 your application/applications/candidacy/candidature/profile
2 role/position/job ~3 needs/requires/demands ~2 someone/somebody ~3 who/with/that
2 not the right time for us
2 nothing ~2 for you ~3 at/right/now/moment/minute/currently
2s all sorted/covered/staffed for
# "we've already got our summer team sorted this year": a season's staff, so "we've got the
# team sorted for your first week" is no no
2s summer/christmas/seasonal/season/weekend/holiday/festive/temp/temporary/saturday/sunday/evening/night team/staff/crew/staffing/cover/helpers/temps ~2 sorted/covered/full/filled
3y gone/went/go/going/opted/settled for ~2 the/a/another/other/a/an ~2 candidate/applicant/person/finalist ~3 with/who/whose/that
3y gone/went ~2 with a/an ~3 who/whose
3 already ~3 moved/gone/proceeded/went/go/going/decided ~3 ahead/forward? with ~2 someone/somebody
3 already ~3 moved/gone/proceeded/went/go/going/decided ~3 ahead/forward? with ~2 another/a/an ~2 candidate/applicant/person/finalist/hire
3o we ~2 pass on? this/for time/now/occasion/round
# "we're all staffed up for now", "we're fully staffed at the moment": no one is needed
3s we are/re ~1 all/fully/now staffed
# "so it's a no from them this time": "from" names who decided ("is it a no?" asks)
3o it is a no from ~1 them/us/me/him/her/the/client/employer
3o it is a no this time
# "gonna leave it for now, we need someone who can start straight away": medium, void "on the trade-in"
2o leave it for now/there
# "it's not going to be a yes this time", "I'm sorry this isn't a yes"
2o not ~3 be a yes
2o not a yes
# "you weren't the person we picked this time": the reader, not picked by the hiring side
3 you were/are/was not the ~1 one/person/candidate/applicant/pick/choice ~2 we/they/team/panel/client/employer ~2 picked/chose/chosen/choosing/picking/selected/selecting/hired/hiring/appointed/went/settled/landed/offered
# "that's pushed us towards another finalist"
2y towards/toward ~2 another/other/different ~1 finalist/finalists/candidate/candidates/applicant/applicants/profile/profiles
# "we've decided to offer the weekend job to Aisha as she can do early starts"
3sy offer/offered/offering/give/given/gave/giving ~2 the ~3 job/role/position/post/spot/place/shifts/hours/gig/internship/placement to ~1 as/because/since ~1 she/he/they
# "it isn't the right moment for us to move forward together"
3s not ~6 move/moving/go/going/proceed/proceeding forward/ahead together
# "after reviewing yours, we're unable to take it forward": decisive about the reader's own
2s unable/cannot ~2 take/taking/move/moving/progress/progressing it/this/yours forward/further
# "so we won't need a freelancer after all"
2s not ~2 need/require ~2 freelancer/freelancers/contractor/contractors/consultant/anyone/someone ~2 after all
# "we won't be moving ahead with an offer"
3 not be moving/going/proceeding ahead/forward with ~1 an/the offer
3 not moving/move/going/go/proceeding/proceed ahead/forward with ~1 an/the offer
# "we won't be moving to an offer with you", "not progressing to an offer"
3 not ~1 be? moving/move/going/go/proceeding/proceed/progressing/progress to/towards an/the offer
# "they won't be taking you to second stage", "not bringing you through to the final round"
3e not ~3 take/taking/bring/bringing/put/putting you ~2 to/into/through ~1 the? next/second/third/final/further/later stage/round/interview/interviews/step/steps
# "we've reviewed your application ... we won't be moving ahead with it"
2s not ~2 moving/move/go/going/proceeding/proceed ahead/forward with it
2 not ~4 setting/set you up to succeed
2 not ~2 quite? the level ~3 need/needed/looking/require/required
3 not ~3 adding/add/include/including/accept/accepting/admit/admitting/onboard/onboarding you ~4 pool/roster/panel/network/bench/register/freelancers/contractors/translators/longlist/shortlist/slate
3 fill/filling/filled ~5 with a/an internal/existing
3i not ~2 feel/think/believe ~3 this/it/that/the/you ~3 right/best/good/ideal ~2 opportunity/fit/match/role/position/step/move
3i this/it/that ~2 not ~2 the? right/best/ideal opportunity/role/position/fit/match ~2 for you
3i not ~2 feel/think/believe ~3 this/it/that/you ~4 a/the good/great/strong/close/right/perfect? fit/match
3 not selected/chosen/shortlisted by ~1 the/this? employer/company/hiring/recruiter/client/team
# "your application for X at Y was not selected for further consideration" (the reader's, not
# "applicants not selected for interview will not be contacted")
3 you/your ~7 not ~1 been? selected/shortlisted for/to ~1 further/an/the? consideration/interview/interviews/proceed/progress/stage
2sf role/position/job/vacancy/post/opening ~3 not ~2 be? filled/refilled
3 not ~3 offer/offering/give/giving you ~1 one of ~1 them/these/those/the
3y decided/chosen/opted ~2 go/proceed/move/continue ~2 forward/ahead? with a/an ~3 who/whose/based
1 leave you hanging
3y your ~4 skills/experience/background/profile/qualifications/expertise ~4 not ~3 align/match/fit/meet/correspond/suit ~3 closely/well/strongly/fully/sufficiently/enough/needs/requirements/role/position
3 not ~2 align/aligned/match/matched/fit ~2 closely/well/strongly? enough
3 not meet ~4 minimum/basic/essential/required/mandatory ~2 qualifications/qualification/requirements/requirement/criteria/standard/standards
3 not be forwarded/referred/passed ~3 to ~3 hiring/department/manager/team
3y decided/chosen/opted/decision/choose/chose ~3 explore/pursue/consider/look ~3 other/alternative ~2 options/alternatives/avenues/routes
3y other/another ~2 candidates/candidate/applicants/applicant/profiles/finalists ~3 were/was/are/is/seemed/felt ~2 a? stronger/better/closer/more match/matches/fit/fits/suited/aligned/qualified/relevant
3y recommended/nominated/preferred/favoured/favored ~3 another/other/different candidate/applicant/applicants/candidates/person/individual ~3 for
3 role/position/job/post/offer/vacancy/place ~3 been? offered/given/awarded to ~5 another/other/someone/somebody/a/an
3 accepted by ~2 another/other/a/an/the ~2 candidate/applicant/finalist/person/individual
2y realised/realized/decided/concluded/feel/felt/think ~3 need/needs/want/require ~2 someone/somebody ~3 more/with/who
2 string you along
2y proceed/proceeding/progress/progressing/move/moving/continue/continuing ~2 forward? with ~2 candidates/applicants/profiles/others whose/who/that
3y elected/decided/chosen/opted/determined ~2 to? move/proceed/continue/go/progress ~2 forward/ahead? with ~2 other? applicants/candidates/individuals/profiles/people/folks whose/who/that
3y made/make/making ~2 an? offer to ~3 someone/somebody/another/a/an/the/one/other
3 not/unable ~3 extend/extending/issue/issuing/send/sending ~2 an? invitation/invite
3f not ~4 offer/offers/offering ~2 to any ~3 finalists/candidates/applicants/candidate/applicant
3f not ~3 moving/move/going/proceeding/proceed/progressing/progress/taking/take/continuing/continue ~2 forward/ahead/further? with any ~3 candidates/applicants/applications
3 not ~3 taking/take/putting/put/moving/move ~2 any ~2 external/outside/more candidates/applicants ~2 forward/further
3 promoted/appointed/hired/recruited/filled internally
3 promote/promoting/appoint/appointing/fill/filling ~3 someone/somebody/a/an/one/colleague/member ~3 internally/internal/within
3 withdraw/withdrawn/withdrawing/rescind/rescinded/rescinding/retract/retracted ~3 our/the/your offer
2 internal promotion
3 not ~5 right/best/strongest/ideal/successful/chosen/preferred person/candidate/applicant/hire
2s answer is no
3 hire/hiring/promote/promoting/fill/filling/recruit/recruiting ~2 from within
2 continue/continuing ~2 our/the search/searching/looking/interviewing
3 not ~2 recommend/recommended ~3 appointment/hire/hiring/offer/you
2s leave/leaving ~3 unfilled/vacant
3y offer/offered/extend/extended/extending/given/gave/give/awarded ~4 offer/role/position/job/post/spot/place/contract to ~3 someone/somebody/another/other/a/an/the/one
3y hire/hired/hiring/bring/brought/take/took/taken/appoint/appointed/recruit/recruited/select/selected/landed/settled/chosen/chose/picked/pick/go/going/gone/went ~3 another/someone/somebody/different/other ~2 candidate/candidates/finalist/finalists/person/applicant/applicants/profile/chef/engineer/designer/developer/one/else/individual/hire/folks/people/talent/contractor/freelancer/consultant/writer/translator/nurse/teacher/tutor/driver/assistant/analyst/manager/lead/specialist/technician
3y decided/chosen/opted/decision ~2 to? hire/appoint/recruit/bring/offer ~6 with/who/whose/more/internally/else/stronger/better
3 end/ending/close/closing/conclude/concluding/wrap/wrapping ~3 process/things/candidacy/application/conversations ~4 here/up/with you/for your/your
3 end/ending/close/closing/conclude/concluding/wrap/wrapping ~2 your ~2 process/candidacy/application/conversations/candidature
3 stop/stopping/halt/halting/pause/pausing ~2 the? process ~2 here/now/with
3 not ~2 been? offered ~3 place/position/role/job/spot/post/contract
2s not ~3 aligned
3 not ~3 taken/take/taking/carried/carry/put/moved/progressed it/this/them/you? forward/further
2s not have ~3 position/role/opening/vacancy/vacancies/anything/roles/positions/place/spot/room/space ~4 match/matches/suits/fits/suitable/matching/for
3 not ~3 scheduling/schedule/arrange/arranging/set/setting/book/booking ~2 further/more/additional/next/another/any/final/second/third/an ~2 interview/interviews/round/rounds/conversations/calls
3 not be/been progressed/advanced/shortlisted
3yw go/going/gone/went/head/heading/take/taking/took ~2 another/different/other ~1 way/route/path
3 move/moving/go/going/proceed/proceeding/continue/continuing ~2 ahead/forward? without you
3 another/other/different ~2 candidate/candidates/applicant/applicants/individual/person ~3 been? selected/chosen/appointed/hired/offered
3y pursue/pursuing/proceed/proceeding/go/going/move/moving/progress/progressing/focus/focusing ~2 forward? with/on? a/one candidate/applicant/individual/person ~4 whose/who/with/that
3y give/given/gave/offer/offered/offering ~5 job/role/position/post/offer/spot/place/chair/seat/slot/shifts/internship/placement/apprenticeship/traineeship to ~2 someone/somebody/another/an/a/other
3y give/giving/given/gave/offer/offering/offered ~4 job/role/position/post/spot/place/internship/placement/contract/shifts to ~3 who/whose/instead
2s not ~4 enough ~6 invited/shortlisted/shortlist/interview/progress/proceed/advance/next
2s not ~2 match/meet/fulfil/fulfill/satisfy ~3 requirements/criteria/needs/requirement
3yw go/going/gone/went/move/moving/moved/head/heading/take/taking/took/chosen/decided ~4 different/another/new/other direction
3y taken/take/took/brought/bring on ~2 another/someone/other/a/an ~2 else? candidate/person/lad/applicant/someone/hire
3y taken/take/took/brought/hired ~2 someone/somebody/another ~3 on/aboard/onboard
2 have/having to say no
2s position/role/job/vacancy/opening/requisition/post/search/req/roles/positions/shifts/spots/vacancies/assignment ~6 filled/closed/cancelled/canceled/eliminated/withdrawn/discontinued/pulled
2s filled/closed/cancelled/canceled/eliminated ~6 position/positions/role/roles/vacancy/vacancies/opening/openings/requisition/post/posts/search/req/shifts/spots/places/job/jobs/spot/place/slot/seat
2s fill/filling/filled ~4 internally
2s spots/places/positions/roles/jobs/vacancies/slots ~3 are/have/were ~2 taken/gone/filled
# "the job's been taken", "the post has been filled": one post
2s job/role/position/post/vacancy/spot/place/internship/placement been/has/have/had been? taken/filled/gone
# "we won't be hiring an assistant this season after all": a person hired, so a client's
# "we won't be hiring after all for the shoot, cancel the booking" is no no
2s not ~2 be? hiring/recruiting ~1 a/an/anyone/anybody/any ~3 after all
2s fully staffed
2sf role/position/job/vacancy/hire/search/opening ~3 not ~3 going/go ahead/forward/happening
2s have/has/had ~2 hired/appointed/recruited/hire
2s made/make/making ~2 an? hire/appointment/appointments/selection
3 no longer ~3 considering/consider/pursuing/pursue/progressing/reviewing ~3 your/you/application/candidacy/candidature
1 no longer accepting ~2 applications/candidates
2s no longer available/open
2s not ~2 be? filling/fill/hire/hiring/recruiting ~3 role/position/vacancy/opening/post
2s no longer ~2 hiring/recruiting/filling ~5 role/position/vacancy/opening/post/job
# "we're not hiring for it anymore": the role itself is gone, final even when a budget was cut
2sf not ~1 hiring/recruiting/filling ~1 for? it/this/that/the ~2 role? anymore/any more
# "we've closed the role and won't be hiring for it": the post itself is gone
3sf closed/close/closing ~4 role/position/vacancy/requisition/opening/post/it and ~2 not ~1 be? hiring/filling/recruiting/replacing/appointing/hire/fill/recruit/replace/appoint
3 not/unable ~2 progress/progressing/advance/advancing/proceed ~1 it/this ~3 because/as/since ~2 only/requires/require/required/requirement
3 no longer under consideration
3 no longer ~2 being? considered/reviewed/progressed/active
3 not/unable ~3 extend/extending/make/making/offering ~3 offer
2 better fit ~2 out there
2 leave it here/there
3 not/unable ~5 offer/offering you ~3 position/role/job/employment/post/opportunity/place/spot/contract/internship/placement/seat/positions/roles/interview/interviews/it/shifts/shift/hours/work
3 you/your/candidacy/candidature/bid ~3 unsuccessful
3 your/the/this/my application/applications ~3 unsuccessful
3 been unsuccessful
3 unsuccessful on/at this/that occasion/time/stage/point
3 you/your/application/candidacy/candidature/profile ~4 not ~2 been? successful
3 not the successful candidate/applicant
3 not ~2 successful on/at this/that occasion/time/stage
3 you/yours/application/candidacy/candidature/profile/cv/resume/portfolio ~4 not ~3 selected/shortlisted/chosen/progressed/retained/advanced/considered/accepted/approved/appointed/hired/successful
2 it ~2 not be you
3 not ~3 made/make ~2 the shortlist/cut
# "unfortunately you didn't make the final round"
3s you have/had/did/do not ~1 made/make it? ~1 to? the? final/next/second/third/last round/stage/interview/interviews
# "your application hasn't made it through to the next round"
3 you/your/application/candidacy ~4 not ~2 made/make it through/past/beyond
# "your application didn't progress past the first review"
3 you/your/application/candidacy ~4 not ~2 progress/progressed/get/got/go/gone/move/moved past/beyond/through ~2 the? first/initial/screening/review/stage/sift/round
# "we've now shortlisted ... and regret that you have not been included"
2 you have/had/were/are not ~1 been included
# "you have not been invited to interview", "you weren't called for an assessment"
3 you have/had/were/are not ~1 been? invited/called/asked ~1 to/for ~1 an/a/the? interview/interviews/assessment/onsite
3 not ~3 be? considered further
3 not ~3 consider/considering you/your ~4 further
3 not to be considered
2s not ~4 a/the/right/good/strong/best/close/ideal/perfect/great/clear/strongest/closest/obvious fit/match/alignment/fits/matches
3i you ~2 not ~3 right/best/ideal/good/strong/perfect/strongest/closest fit/match for ~3 role/position/job/opening/vacancy/team/post/opportunity/roles/positions
# "I don't think the associate role is the right fit for you at this stage": the role, the subject
2i not ~2 think/feel/believe ~1 the/this/that ~2 role/position/job/post/opportunity/opening is ~1 the? right/best/ideal/good fit/match for you
3sy decided/chosen/opted/elected not to ~3 move/proceed/progress/advance/pursue/continue/offer/invite/extend/take/hire/go/schedule/interview/shortlist
3y decided against ~4 application/candidacy/you/proceeding/moving/progressing/offering/extending/continuing
3 not ~2 pursue/pursuing ~3 your/you/application/candidacy/candidature
3 your application/candidacy/candidature ~3 closed/archived/rejected/declined
3 close/closing/archiving/closed/archived/rejected/declined/decline/reject ~2 out? your application/candidacy/candidature
3f close/closing/closed out/off/down? all ~3 applications/candidacies/candidates
3sf close/closing/closed ~3 position/role/vacancy/requisition/search/opening ~2 without ~1 hiring/filling/appointing/making/anyone
3y take/taking/taken/took on ~3 cousin/nephew/niece/son/daughter/brother/sister/friend/mate/neighbour/neighbor ~2 who/with/that/instead
3y pass/passing on ~3 your/you/application/candidacy/candidature/this/it/one
3y going/decided/have to pass
3 give ~2 this/it/one a miss
3 not in a position to ~4 offer/move/progress/proceed/extend/take/continue/invite/advance
3o it is a no
3o a no for now
2 not in your favour/favor
3 decision ~8 not in your favour/favor
3o a no from us/me/our/the
3y decided to pass
2 client/manager/team/they ~4 passed
2y and passed
3y hired/found/chosen/appointed/picked/selected/recruited someone/somebody
3y ended/end up ~2 hiring/going/taking/choosing/picking/offering/selecting/giving/appointing ~4 someone/somebody/another/other/candidate/candidates/applicant/applicants
2 not the news ~3 hoping/hoped/wanted/expected/looking
2r not ~2 good/great/positive news
# "we've reached a decision and it's not good news for you"
3 not good/great/positive news for you
# "I'm afraid you haven't got the job" (medium: "you haven't got the job description yet?")
2n you have/had/did/do not ~1 got/get/gotten ~1 the job/role/position/post/place/internship
# "we have decided to close this requisition": a decision to cancel the post
2s decided/decision/going to close/cancel/withdraw ~2 requisition/position/role/vacancy/search/opening/post/req
# "we don't feel your skills match the role"
3 not feel/think/believe ~1 your ~3 skills/experience/background/profile/qualifications/expertise ~2 match/matches/fit/fits/align/aligns/suit/suits/meet/meets
2y prioritizing/prioritising/prioritize/prioritise/prioritised/prioritized ~2 candidates/applicants/profiles/people ~3 with/who/whose/that
2 not the outcome/answer/result ~3 hoping/hoped/wanted/expected/looking
2 not ~2 be? able to ~3 offer/move/progress/proceed/extend/continue/invite/advance
2 declined ~3 your/this ~2 application/candidacy/candidature/applications
2 nothing suitable
2s not have ~2 any? vacancies/openings/positions/roles/jobs/vacancy/opening/role/position
# "we have no vacancies at present": the same statement without "not"
2s have no ~1 current/suitable? vacancies/openings/positions/jobs/vacancy/opening
# "we have no suitable position for you" ("I have no role in the decision" is no vacancy)
2s have no suitable/available/open/current position/role/job/post
2s not ~2 taking/take on ~2 new? ~2 tutors/staff/people/anyone/candidates/applicants/employees/hires/members/teachers/drivers/nurses/interns/freelancers/guys/workers/apprentices/hands/lads/electricians/labourers/laborers
3 status ~9 not selected/successful/shortlisted/progressed/referred
3 status ~9 rejected/unsuccessful/declined/dispositioned
2 not what we ~2 looking/seeking/after
3 you/yourself ~3 not quite/exactly/really? what/where we ~2 need/needed/want/wanted/require/required/looking/seeking/after
3y your ~4 skills/experience/background/profile/qualifications/expertise ~3 not quite/exactly/really? what we ~2 need/needed/want/wanted/require/required/looking/seeking/after
2 not ~2 what we ~2 need/needed/want/require/required
2 not ~6 work out
2s has/have been declined/rejected
3 changed/updated/moved/set ~3 not selected/successful/shortlisted/progressed/referred
3 changed/updated/moved/set ~3 rejected/unsuccessful/declined/archived/dispositioned
2s did/does/do not meet ~4 requirement/requirements/criteria/standard/bar/threshold/level
1 this time
1 on this occasion
1 at this stage
2 keep/keeping looking/searching
1 unfortunately
1 unfortunate
1 regret/regrettably/regretfully
1 sadly
1 afraid
1 sorry/sad to ~3 inform/say/tell/share/let/report/bring
1 difficult/tough/hard/challenging ~2 decision/choice/call
1 after careful/thorough/much/thoughtful/considerable/extensive ~2 consideration/review/deliberation/thought/evaluation/discussion
1 highly/very/extremely/incredibly/particularly competitive
1 large/high/significant/overwhelming/huge/great/record number/volume ~3 applications/applicants/candidates
1 many ~3 qualified/strong/talented ~2 candidates/applicants
1 wish you ~5 best/success/luck/well/all ~5 search/future/endeavors/endeavours/career/hunt/next/journey
1 best of luck ~4 search/future/career/hunt/endeavors/endeavours
1 keep/retain/hold/store/save ~4 details/resume/cv/information/profile/application ~4 file/database/records/pool/future/system
1 encourage you to ~3 apply/reapply/keep/check/look
1 other candidates
1 more/stronger/deeper/broader/greater/better/closer/additional ~3 experience/background/expertise/match/alignment
1 close the loop
1 completed/concluded/finished ~2 our/the? review/reviewing/process/search/assessment/interviews/selection/shortlisting
1 more closely/directly ~3 match/matches/matched/align/aligns/aligned/fit/fits/suited/reflect/reflects/meet/meets
1 better/more suited/aligned/matched
"""

_REJECTION_DE = """
3 ihnen/dir ~2 stelle/position/zusage/ausbildungsstelle/praktikumsstelle ~4 nicht anbieten/geben/erteilen
3 nicht ~4 berucksichtig*
3 bewerbung/kandidatur/sie/dich/profil ~6 abgelehnt
3 nicht ~4 weiter ~3 verfolgen/berucksichtigen/betrachten/fortsetzen/fortfuhren/beachten
3 nicht ~3 weiterverfolg*
3 prozess/zusammenarbeit/bewerbungsprozess/auswahlprozess/auswahlverfahren ~6 nicht ~2 fortzusetzen/fortsetzen/fortfuhren/fortzufuhren/weiterzufuhren/weiterfuhren
3 fur ~3 anderen/andere/einen/eine ~2 kandidat*/bewerber*/bewerbung*/person/profil*/mitbewerber* ~4 entschieden
3 anderen/andere/anderer ~3 kandidat*/bewerber*/bewerbung*/profil*/mitbewerber* ~5 entschieden/entscheiden/gewahlt/ausgewahlt
3 gegen ~4 bewerbung/kandidatur/sie/dich/ihr/ihre ~3 entschieden
3 gegen ~5 zusammenarbeit/einstellung/bewerbung/kandidatur/weiterfuhrung/fortsetzung ~3 entschieden
3 nicht ~5 nachste/nachsten/weitere/weiteren/zweite/zweiten/finale/finalen runde/auswahlrunde/gesprachsrunde/phase/schritt/stufe
# "leider haben Sie die nächste Runde nicht erreicht"
3 nachste/nachsten/weitere/weiteren/zweite/zweiten/finale/finalen runde/auswahlrunde/gesprachsrunde/phase/stufe ~2 nicht ~1 erreicht/geschafft
3 anderen/andere ~2 kandidat*/bewerber*/bewerberinnen ~4 fortsetzen/fortzusetzen/fortfuhren/weiterzumachen/weitermachen
# "dass Ihr Qualifikationsprofil nicht den Anforderungen der Position entspricht"
3 profil/qualifikationsprofil/qualifikationen/qualifikation/erfahrung/erfahrungen ~3 nicht ~5 anforderungen/anforderungsprofil/erwartungen ~4 entspricht/entsprechen/gerecht
# "entschieden, andere Bewerber zu berücksichtigen" (a receipt's "auch andere Bewerber zu
# berücksichtigen haben" decides nothing)
3 entschieden/entschlossen ~3 andere/anderen ~2 kandidat*/bewerber*/bewerberinnen ~3 zu berucksichtigen
3 fur ~3 jemand/jemanden/kandidat*/bewerber*/kandidatin/bewerberin/person/profil* ~5 entschieden
3 nicht ~5 engere*/engeren auswahl/wahl
3 anderweitig ~2 besetzt/besetzen/vergeben/entschieden/orientiert/umgesehen
3 wahl ~2 auf ~2 eine/einen/einem? andere/anderen/anderer/anderes ~2 bewerber*/kandidat*/person/profil* ~2 gefallen
3 wahl ~3 nicht auf sie/dich ~2 gefallen
3 intern/interne/internen ~3 losung/besetzung/nachbesetzung
3 losung/besetzung ~3 eigenen ~1 team/reihen/haus
3 besetzen/besetzt ~3 mit ~1 einer/einem/einen ~1 anderen? kollegin/kollegen/kandidat*/bewerber*/mitarbeiter*
3 mit jemandem/jemand ~3 besetzen/besetzt
3 mit ~2 einer/einem/einen/anderen/anderer/der kandidat*/bewerber*/kollegin/kollegen/mitarbeiterin/mitarbeiter ~6 zu? besetzen/besetzt/nachbesetzt/nachzubesetzen/nachbesetzen
3 anderen/anderer/andere ~2 bewerber*/kandidat* ~4 besetzen/besetzt
2s stelle/position/vakanz/vakanzen/rolle/job ~6 besetzt/vergeben/nachbesetzt
3 keine/kein/keinen stelle/position/zusage/job/platz/angebot ~7 anbieten/geben/machen/unterbreiten/erteilen
3 keine zusage
3 nicht zu ihren/deinen/euren gunsten
3 keine ~2 perspektive ~5 bieten/anbieten/aufzeigen/geben
2 stimmt/stimmen ~3 nicht ~6 uberein
3 profil/erfahrung/erfahrungen/qualifikation/qualifikationen/kenntnisse ~2 stimmt/stimmen ~3 nicht ~6 uberein
# "Leider passt dein Profil aktuell nicht zu unseren Anforderungen" (verb second after an adverb;
# a verb-first "Passt Ihr Profil nicht ..." opens a condition)
3 leider/aktuell/derzeit/jedoch/daher/momentan passt/passen/entspricht/entsprechen ~4 nicht ~4 anforderungen/anforderungsprofil/vorstellungen/stelle/position/stellenprofil
3 keine/keinen einladung ~6 aussprechen/geben/schicken/senden/erteilen/zukommen
3 mit ~2 kandidat*/bewerber*/bewerberinnen ~3 fortzusetzen/fortsetzen/fortfuhren/weiterzugehen/weiterzumachen ~1 deren/die/welche
2s keinen/kein ~1 personellen? bedarf
2s ausbildungsplatze/praktikumsplatze/platze/stellen/ausbildungsplatz/praktikumsplatz ~6 besetzt/vergeben
3 passen/passt ~3 nicht zusammen
2 nicht ~2 zu uns/ihnen/dir passt/passen
3 ihnen/dir/euch ~3 absagen
3 absage ~2 erteilen/geben/aussprechen
3 nicht ~4 fur ~3 nachste*/weitere*/zweite* ~2 runde/schritt*/phase/auswahlrunde/gesprachsrunde
3 nicht ~5 einladen/eingeladen/einzuladen
3 keine/keinen/kein positive*/bessere*/gunstigere* ~2 nachricht/ruckmeldung/antwort/entscheidung/bescheid/mitteilung
3 andere/anderen bewerbung*/bewerber*/kandidat*/profile ~5 naher/besser/eher ~3 kommen/entsprechen/passen/erfullen/entsprochen/gepasst/erfullt/gekommen
3 bewerbung ~6 nicht ~4 erfolgreich
2 profil ~4 nicht ~3 passt/entspricht/ubereinstimmt/passend
2 nicht ~3 passend*
2 absage ~4 bewerbung
1 absage
1 leider
1 bedauern/bedauerlicherweise/bedauere
1 viel/alles erfolg/gute ~5 weiter*/zukunft/beruf*/suche/werdegang
1 unterlagen ~6 zuruck/loschen/geloscht/vernichten/vernichtet/zurucksenden
1 vielzahl ~3 bewerbung*
1 nicht leicht gemacht
"""

_REJECTION_FR = """
3 pas ~2 te/vous proposer/offrir ~2 poste/emploi/contrat/stage
3 ne ~4 pas ~4 donner/donnerons/donnera/donnons suite
# "nous ne donnerons pas suite à votre candidature": the verb between "ne" and "pas"
3 ne ~1 donnerons/donnera/donnons/donnerai/donnerait pas ~1 de? suite
3 pas ~3 suite favorable
3 pas ~3 mesure ~4 suite favorable
# "pas de besoin de recrutement": a statement, decisive after a candidature spontanée
2s pas de besoin/besoins ~3 recrutement/recruter/personnel/renfort
3 pas ~5 favorable/favorablement/positive/positivement
3 pas ~2 ete? retenu/retenue/retenus/retenues/selectionne/selectionnee/selectionnes/selectionnees
3 ne ~3 pas ~3 retenir
3 n ~2 pu etre ~2 retenu/retenue/retenus/retenues/acceptee/accepte
3 trouve/choisi/retenu/embauche/recrute ~3 quelqu un ~2 autre
2s pas de poste ~3 pourvoir
# "nous avons déjà pris nos deux stagiaires ... nous n'avons plus de place dans l'équipe"
2s avons/a plus/pas de place/places dans/pour/au ~2 equipe/equipes/stagiaire/stagiaires/alternant/alternants/alternante/toi/vous/personne/recrue/poste/postes/sein
2s deja ~1 pris/recrute/recrutes/trouve/embauche/choisi ~3 stagiaire/stagiaires/alternant/alternants/alternante/candidat/candidate/saisonnier/saisonniers/personne/quelqu
2s pas de poste/postes ~2 disponible/disponibles/vacant/vacants/ouvert/ouverts
3 ne ~3 pas ~3 vous accueillir/recruter/embaucher/retenir/engager
3 retenu/retenir/choisi/choisir/selectionne/privilegie/privilegier/orientes/oriente/poursuivre/continuer/avance/avancer ~5 autre/autres candidat*/profil*/personne/personnes
3 privilegie/privilegier/privilegions ~3 candidatures/candidats/profils/candidat/profil/candidature
3 choisi/retenu/selectionne/recrute/embauche/privilegie ~3 un/une candidat/candidate/profil/personne/etudiant/etudiante/stagiaire/alternant/alternante ~4 dont/qui/avec/plus/ayant/deja
3 fait le? choix ~2 un/une/d ~2 autre? candidat/candidate/profil/personne/etudiant/etudiante/stagiaire/alternant/alternante/collaborateur/collaboratrice ~4 dont/qui/avec/plus/ayant/deja
2 autre/autres candidat*/profil* ~6 correspond*/adapte*/proche*
2s poste ~8 pourvu/pourvus/attribue/ferme
2s pourvu ~3 poste
2s complete/complet ~2 l? equipe
2s equipe ~3 complete/complet
2s poste/offre/emploi ~5 plus disponible/ouvert/ouverte
2 ne correspond ~3 pas
# "votre profil ne correspond pas aux besoins actuels du poste"
3 profil/candidature/experience/parcours ~2 ne correspond/correspondent ~2 pas ~4 besoins/attentes/poste/criteres/exigences/recherche/recherchons
2 pas ~3 adequation
3 pas ~3 en mesure ~3 donner/proposer/poursuivre/retenir/offrir/avancer
3 ne ~2 pas ~2 poursuivre ~5 candidature/processus/collaboration/profil/toi/vous
3 ne poursuiv*/continu* pas ~5 candidature/processus/collaboration/profil
3 pas ~3 poursuivre ~5 candidature/processus/profil
3 pas ~3 retenir ~3 candidature
3 pas ~3 plus loin
3 pas ~3 aller plus avant/loin
3 ne ~4 donner ~2 une? suite favorable
3 aucun/aucune poste/opportunite/offre/emploi ~3 disponible/correspondant/vacant/ouvert
3 ne ~1 disposons/avons/possedons ~1 pas ~2 de ~1 poste/postes/opportunite/offre ~4 correspond*/adapte*/profil/disponible*/vacant*
3 pas abouti
3 ne ~1 pouvoir/pouvons/pourrons/pouvions/saurions ~2 retenir/donner/proposer/poursuivre ~3 candidature/profil/dossier/suite/poste
3 suite ~3 autres candidatures/candidats/candidates/profils
3 retenu/choisi/selectionne/privilegie une/des/d ~1 autres? candidature/candidatures/profil/profils ~3 correspondant/correspondent/correspond/plus/davantage/mieux
2s finalise/finalisons/termine/terminons/cloture/cloturons/boucle ~2 notre/le/ce recrutement/processus
2s plus de poste/postes ~3 pourvoir/disponible/disponibles/vacant/vacants
2s embauchons/recrutons pas
2s est/sont ~2 au complet
2s equipes/equipe ~2 deja? constituees/constituee/completes
3 processus/procedure/recrutement ~4 clos/termine/cloture/acheve ~2 pour vous/toi
3 pas ~2 souhaite/souhaitent/voulu/desire/juge ~3 vous/te ~1 rencontrer/revoir/recevoir/convoquer/rappeler/reconvoquer
1 malheureusement
1 regret/regrettons/regrette
1 succes ~4 recherches/recherche/demarches/projets
1 bonne continuation
1 conservons/conserver/conserverons/conservee/conserve/garderons/garder/gardons ~4 cv/candidature/coordonnees/donnees
1 nombreuses candidatures
"""

_REJECTION_ES = """
3 no ~4 continuar/seguir/avanzar/avanzaremos/continuaremos/seguiremos/continuaras/continuara/seguiras/seguira/avanzaras/avanzara/pasaras/pasara/continua/sigue/avanza/seguimos/continuamos/avanzamos ~4 candidatura/proceso/contigo/usted/adelante/solicitud
3 no ~3 seguir adelante
3 no avanzaremos/continuaremos/seguiremos
3 decidido/optado/elegido/seleccionado/seguir/continuar/avanzar/avanzado/continuado/seguido/decantado/elegimos/optamos/seleccionamos/escogimos/contratamos/decidimos/escogido/contratado ~5 otro/otra/otros/otras candidat*/perfil*/persona/personas
3 no ~3 sido? seleccionad*/elegid*/escogid*
2s cubierto/cubrimos ~3 vacante/puesto/posicion/plaza/plazas/vacantes/puestos
2s sido cubierto/cubierta/ocupado/ocupada
3 no ~3 resultado ~2 seleccionad*
3 no ~3 prosperado/prosperar/prospera/prosperara
3 seleccionado/elegido/contratado/escogido ~3 un/una/otro/otra ~2 candidat*/persona/perfil ~4 cuyo/cuya/que/con
3 decantado/decantamos/optado/optamos/elegido/elegimos/escogido/escogimos por ~1 una/un/otra/otro ~1 persona/candidat*/perfil* ~4 con/que/cuya/cuyo/mas
3 candidatura ~3 no ~2 sido ~2 la? elegida/seleccionada/escogida
2s puesto/vacante/posicion/puestos/vacantes/plaza/plazas ~5 cubiert*/ocupad*
3 no ~3 podemos/poder/podremos ~3 ofrecer*
3 no ~4 contar/contaremos/contamos con tu/su ~1 perfil/candidatura/cv/curriculum
2 no ~4 encaja/ajusta/corresponde/adecua
3 no se ajusta/encaja/adecua/corresponde ~4 necesidades/requisitos/puesto/perfil/buscamos
2 no ~2 necesitamos/buscamos/contratamos ~2 a? nadie ~1 mas
2s plantilla/equipo ~2 completa/completo/cubierta/cubierto
3 no ~3 sido ~3 exitosa/exitoso/favorable
3 candidatura/perfil/solicitud/cv/curriculum/usted/has ~3 sido descartad*
3 sido descartad* ~3 proceso/seleccion/candidatura/puesto/oferta/vacante/posicion/plaza/empleo
1 sido descartad*
3 descartar/descartamos/descartado/descartada ~3 candidatura/perfil/usted/tu/su
3 estado ~2 descartado/descartada/rechazado/rechazada/rechazo
3 damos/dar ~1 por finalizada/terminada/concluida/cerrada ~2 su/tu participacion/candidatura
3 perfil/candidatura/solicitud/tu/usted ~3 no ~4 sido ~3 el/la elegido/elegida/seleccionado/seleccionada/escogido/escogida
3 candidatura/perfil/solicitud/cv/curriculum ~3 quedado descartad*
3 solicitud/candidatura/candidatos ~6 sido desestimada/desestimado/desestimadas/rechazada/rechazado
2 no ~1 cumplir/cumple/cumples/cumplen/reune/reunes ~4 requisitos
3 decantado/decantamos/optado/optamos/elegido/elegimos/inclinado/inclinamos por ~1 otras/otros/otra/otro ~1 candidaturas/candidatura/perfiles/perfil/candidatos/candidatas/personas
3 no ~3 obtenido/alcanzado/alcanza/alcanzado/superado/supera ~3 puntuacion/nota/minimo/minima
3 no ~3 superado/superada/superaste/supero ~3 proceso/prueba/pruebas/fase/entrevista/seleccion/corte/evaluacion
1 lamentablemente/desafortunadamente/lamentamos/lamento/sentimos/lamentar
1 exito/suerte ~4 busqueda/futuro/proyectos/carrera/profesional
1 conservar/conservamos/conservaremos/guardar/guardamos/guardaremos/mantendremos ~4 cv/curriculum/datos/candidatura
1 gran ~2 numero/cantidad/volumen ~2 candidaturas/candidatos/solicitudes
"""

_REJECTION_NL = """
3 niet ~4 verder ~3 gaan/gegaan/met/procedure/in
3 helaas ~4 niet verder
3 niet door ~3 naar/gaan/met/in
3 niet ~3 uit te nodigen
# "dat we je niet meenemen in de volgende ronde"
3 niet ~2 meenemen/meegenomen/mee ~4 ronde/procedure/selectie/selectieprocedure/vervolgprocedure/sollicitatieprocedure/vervolg/gespreksronde
3 niet ~3 uitnodigen
3 nodigen ~3 niet uit
3 niet ~2 uitgenodigd
3 niet ~2 voort te zetten
3 gekozen/gaan/verder/kiezen/keuze/gegaan/voorkeur ~5 andere/ander kandida*
3 andere kandida* ~5 gekozen/aangenomen/geselecteerd/benoemen/benoemd/aan/voorkeur
3 besloten/besluit ~4 andere/ander kandida*/sollicitant*
2 andere kandida* ~5 beter/passender
3 niet ~3 geselecteerd
3 sollicitatie ~6 niet ~4 succesvol/aanmerking/verder/door
3 niet ~3 in aanmerking
3 niet in behandeling
3 keuze ~3 niet op u/jou/je ~2 is? gevallen/gevallen
3 met een? andere/ander kandida*/sollicitant*
3 gaan/kiezen/gekozen/gegaan/kozen ~3 voor een ~2 kandida*/sollicitant* ~4 met/die/wiens/uit
3 met iemand anders ~3 verder/door
3 al iemand ~3 gevonden/aangenomen/gekozen
3y gekozen/kiezen ~2 voor iemand
3 gekozen/kiezen/kozen voor ~2 andere? kandidaten/sollicitanten/kandidaat/sollicitant die/met/wiens/uit
2 moeten/moet ~3 teleurstellen
3 iemand anders ~3 gevonden/aangenomen/gekozen
3s nieuwe ~2 mensen/collega/collegas/medewerker/medewerkers/krachten ~4 gevonden/aangenomen
2s geen plek/plaats/ruimte/werk ~2 meer
2 geen ~1 plek/plaats/ruimte/werk/baan ~1 voor je/jou/u
2s ploeg/team/groep ~4 vol/compleet
3 niet te benoemen
3 zien/zie ~2 geen match/klik/aansluiting
3 niet tot ~2 de ~2 kandidaten/sollicitanten/geselecteerden/genodigden
2 onvoldoende/niet ~2 overeen
3 niet mee ~3 in ~2 de? verdere/volgende/vervolg selectie/ronde/procedure
3 verder ~2 te? gaan/gegaan met een/twee ~1 andere? kandida*/sollicitant*/persoon/personen/collega/ontwerper/ontwikkelaar/developer/medewerker/specialist ~3 die/wiens/met
3 sollicitatie/kandidatuur/kandidaatstelling/aanmelding ~4 afgewezen
3 geen ~1 aanstelling/baan/functie/plek/positie/contract/stageplek/arbeidsovereenkomst ~3 aanbieden/bieden
3 procedure/sollicitatieprocedure ~3 voor u/jou/je ~2 hierbij/hiermee/nu? beeindigd/afgesloten/gestopt
3 niet aan te nemen
3 nemen ~3 niemand ~2 meer? aan
3 nemen ~2 geen ~1 nieuwe? mensen/medewerkers/stagiairs/stagiaires/personeel/kandidaten/krachten/koeriers/collegas ~1 meer? aan
3 iemand/kandidaat/kandidate/sollicitant ~4 aan te nemen
3 vervuld/ingevuld/vergeven/bezet/gegeven/vervullen/invullen/vergeven/bezetten met/aan iemand/een ~3 uit/die/met/anders/andere/kandidaat/collega/sollicitant
3 gekozen ~3 iemand anders
3 niet ~4 voortzetten/vervolgen/voortgaan/continueren
2 sluit/aansluit ~4 niet/onvoldoende ~3 aan
# "je profiel sluit helaas onvoldoende aan bij wat we zoeken"
3 profiel/ervaring/achtergrond/cv ~2 sluit/sluiten ~3 niet/onvoldoende ~2 aan
# "dat uw sollicitatie niet tot een uitnodiging heeft geleid"
3 niet ~2 tot ~2 uitnodiging/gesprek/vervolg/aanstelling/vervolgstap ~2 geleid/leiden/leidt
2s vacature/functie/positie/plek/plaats ~5 vervuld/ingevuld/gesloten/vergeven
2 afwijzing
2 past ~3 niet
2 niet ~3 passend
1 helaas
1 spijt/jammer
1 succes ~4 zoektocht/verdere/toekomst/loopbaan/zoeken
1 gegevens ~5 bewaren/verwijderen/vernietigen
1 veel ~2 sollicitaties/reacties/kandidaten
"""

_OFFER = """
# an agency relays it: "they've come back with an offer for the Claims Handler role"
3 have/has/ve come back with an offer for ~2 you/the/your
3 freuen ~6 stelle/position/ausbildungsstelle ~6 anbieten
3 plaisir ~3 proposer ~3 poste/contrat/emploi
3 nos quedamos contigo/con usted
3 te cogemos/contratamos/quedamos
3 puedes/puede/podrias/podria ~2 empezar/comenzar/incorporarte/incorporarse
3 kun/kan/kunt je/u ~3 beginnen/starten
3 gekozen voor jou
3 fur dich entschieden
3 sie/dich ~1 gern/gerne ~5 einstellen/einzustellen/ubernehmen
3 wann ~2 kannst du/konnen sie ~2 anfangen/beginnen/starten
3 pleased/happy/delighted/thrilled/excited/glad/proud ~4 offer/offering you ~4 position/role/job/post/place/contract/internship/employment/opportunity/spot/apprenticeship/placement
3 offer you ~3 position/role/job/employment/post/opportunity/place/contract/internship/positions/spot/seat/apprenticeship/placement
3 like/love/want/pleasure ~2 to offer you
3 offer of employment
3 offer letter
3 good news ~2 you are in
3 like/love/want you to take ~2 the? ~3 job/role/position/post
3 continue/continuing with you ~1 next/this/for ~1 term/year/season/semester
3 can/could you start ~4 monday/tuesday/wednesday/thursday/friday/tomorrow/next/on
3 we have ~2 got? ~4 job/gig/shift/shifts/booking/contract ~5 if you are free/available
3 you ~2 accepted our/the offer
3 your first day
3 your offer ~8 expires/expire/expiring/expiry/deadline
3 formal/verbal/written/official/conditional/contingent offer
3 extend/extending ~3 offer
3 make/making you ~2 an? offer
2 job/employment offer
2 accept ~3 offer
2 welcome ~2 to the team
2 welcome aboard
2 offer details/package
2 employment agreement/contract
1 congratulations/congrats
1 start date
2 signing/sign on? bonus
2 to the/your offer
3 add/adding/include/including ~4 to the/your offer
1 compensation/salary ~3 package/equity/bonus
3 vertragsangebot
2 arbeitsvertrag
3 freuen ~6 angebot/zusage ~4 unterbreiten/machen/geben/erteilen
3 proposition/promesse ~2 embauche/emploi
3 heureux/heureuse/ravis/ravie ~5 proposer ~3 poste
3 carta oferta
3 complace/alegra/encanta/gusta ~4 ofrecer*
# "nos gustaría ofrecerte el puesto" (an "entrevista" offered is an invitation)
3 gustaria/encantaria ~2 ofrecer* ~2 el/la? puesto/plaza/trabajo/empleo/contrato/posicion
3 encantaria/gustaria/complaceria que te/se unieras/uniera/incorporaras/incorporara/sumaras/sumara
3 oferta formal
3 aanbod ~3 maken/doen
2 arbeidsovereenkomst/contractvoorstel
3 blij ~5 aanbieden
3 blij ~8 aan te bieden
3 willen ~3 de/het functie/baan/positie/rol/plek ~4 aanbieden
3 freuen ~8 anbieten/einstellen
3 willen/gaan ~2 je/jou/u ~1 graag? aannemen/aanstellen
2 ons/het/een aanbod ~4 salaris/arbeidsvoorwaarden/bijlage
"""

_INVITE = """
3 zum/zu ~1 probearbeiten/probetag/kennenlernen ~3 vorbeizukommen/vorbeikommen/kommen
3 disponible ~4 rencontrer/entretien
3m probetag/probearbeiten/hospitation/gesprach/vorstellungsgesprach ~2 verschiebt/verschieben/verlegen ~3 auf
3 zeit zum/zu ~2 probearbeiten/probetag/vorstellungsgesprach/kennenlernen
3 zu ~3 hospitationstag/hospitation/probetag/probearbeiten ~3 einladen/einzuladen
3 te/le proponemos ~3 entrevista/llamada/reunion/prueba
3 can you ~3 come/pop ~3 in/over/by/down/round
3 komm/kommen ~4 vorbei
3 entretien ~3 vous est propose/proposee
3 invite/inviting/invited you ~3 to/for ~3 interview/interviews/call/chat/conversation/meeting/onsite/screen/screening/assessment/round/discussion/session/visit/test/next/final/technical/video/phone/zoom/teams/virtual/panel/coffee/in/second/third
3 like to invite you ~2 to/for ~3 interview/interviews/meet/visit/call/chat/conversation/onsite/assessment/round/discussion/session/coffee/present/speak/talk/teach/give/deliver/attend/take/complete/do
3 place/spot/slot/seat ~3 on/at ~2 assessment/selection/interview/insight/open ~2 day/days/centre/center/evening/event
3 set/setting up ~5 call/chat/interview/meeting/conversation/screen
3 are/were/been invited to ~2 an/a/the? ~2 interview/interviews/assessment/call/round/stage/onsite
3 you ~2 progressed/advanced/moved/made ~2 it? to/into/through the? ~3 next/video/final/interview/assessment/stage/round/second
3 would/could you ~3 come ~3 meet/in/over/by/and
3 be invited to ~3 interview/interviews/assessment/call/round/stage/onsite
3 invitation ~3 to/for ~4 interview/call/assessment/onsite/chat/conversation/round/meeting
3 schedule/scheduling/arrange/arranging/set/setting/book/booking/organise/organize/organising/organizing/line ~4 interview/call/chat/meeting/conversation/time/screen/session/onsite/conversations/interviews/calls
3 your availability
3 availability for/this/next
2 available ~3 for ~3 call/chat/interview/conversation/meeting
2 let me/us know ~4 times/time/slot/slots/works/convenient
2k calendly/goodtime
2k pick/choose/select/book/grab/find ~2 a/any? time/slot/times/slots
3 send ~2 over/you? the/an/a? calendar? invite/invitation/invites
2 monday/tuesday/wednesday/thursday/friday ~4 works/suits
3 hop/jump on ~2 call/chat/zoom/video
3 come/coming back/in ~4 meet/interview/chat/talk/present
3 come in/by/down for ~2 a/an/the ~2 stage/trial/interview/chat/shift/test/assessment/meeting/coffee/conversation
3 next step is/will ~4 case/interview/call/chat/assessment/test/task/exercise/round/onsite/presentation
2 case study
2 could/can you do ~3 monday/tuesday/wednesday/thursday/friday/morning/afternoon/tomorrow/next
2 trial shift/day/session
2 trade test
3 you ~3 selected/chosen to ~2 continue/proceed/progress/move/advance
3 report/come ~2 for ~3 test/interview/assessment/exam/screening
3 fancy ~3 coming/come/popping/dropping/doing
3 interview ~2 and you are in
3 can/could/would you ~2 come ~2 for/to ~3 the/a/an? practical/interview/trial/test/chat/assessment/stage/shift/coffee
3 love/like you to ~3 come/do/join/meet/try
2k my calendar
2k book/schedule/grab/find/pick ~2 a? time/slot/call/meeting ~2 with me
3 reminder ~5 interview/call/meeting/onsite/screen
3 your interview/call/onsite/screen ~5 tomorrow/today/monday/tuesday/wednesday/thursday/friday/scheduled
2 time slot/slots
2 timeslot/timeslots
# "please record your video interview by 12 March": a step the reader is asked to take
3 could/can/would you ~2 do/take/complete a/an/our ~1 paid? test/trial/assessment/exercise/assignment
3 record/complete ~2 your/a/the? video/recorded/one-way interview
3 move/moving/advance/advancing/progress/progressing/proceed/proceeding/invite/take/taking ~3 you ~3 to/into/onto the? next/final/further/second/third/following/technical/onsite ~2 round/stage/step/phase/interview
3 move/moving/advance/advancing/progress/progressing ~2 you ~2 forward/ahead/along
3 move/moving/proceed/proceeding/progress/progressing ~2 forward? to the next/final stage/round/step ~2 with you
3 moving/move/proceed/proceeding/continue/continuing/go/going forward? with your application/candidacy/candidature
3 move/moving/proceed/proceeding/go/going forward? with ~2 a/an/the/your ~2 interview/call/chat/screen/conversation/meeting
3 excited/pleased/happy/delighted/glad ~3 to ~2 move/invite/progress/advance
3 next ~2 round/stage/phase ~3 interview/interviews/process/is/will
2 passed ~3 screen/screening/round/stage/assessment/interview
3 complete/completing/take ~4 assessment/challenge/test/exercise/task/questionnaire/study/assignment/homework/interview
2 coding/technical/online/skills/cognitive/personality ~2 challenge/exercise/assignment/test/assessment/evaluation
2 test/assessment/challenge/exercise/assignment ~6 expires/expire/expiring/closes/due
2 take home/homework
3m reschedule/rescheduling/rescheduled/postpone/postponing/postponed ~4 interview/call/meeting/chat/conversation/our/your/session/onsite
# "could you do a 45 min call with our design lead?"
3 could/can/would you do ~4 call/chat/interview/video/screen ~3 with ~3 our/the/my
3m move/moving/push/pushing/shift/shifting/bump our/your/the/tomorrow/today/monday/tuesday/wednesday/thursday/friday ~2 interview/call/meeting/chat/conversation/session/onsite
2c cancel/cancelled/canceled/cancelling/canceling ~4 interview/call/meeting/chat/conversation/onsite/session
2m new time/times/date/dates/slot/slots/day
3 are you available/free ~5 call/chat/interview/meeting/conversation/coffee/catch
3 like/love/want/keen to ~2 interview/meet/speak/chat/talk ~2 you/with
3 confirms/confirming/confirm/confirmed ~3 your interview/call/meeting/appointment/onsite/visit/session/slot
3 confirms/confirming/confirm/confirmed ~3 your ~2 interview/call/screen/screening/assessment/onsite
3 you have been shortlisted/selected ~4 interview/interviews/next/assessment/round/stage
3 you have been shortlisted
3 congratulations/congrats ~3 progressing/progressed/advancing/advanced/moving/making ~2 to/into/through ~3 next/final/second/interview/assessment/round/stage/superday
2 superday
2 interviews will be held/take
3 interview/interviews/onsite ~8 take place
3 interview/interviews/onsite ~8 be held
3m move/push/shift/bump/change/moving/pushing it/this/that ~2 to/until ~3 monday/tuesday/wednesday/thursday/friday/saturday/sunday/tomorrow/next/later/earlier/another
3m interview/call/meeting/assessment/centre/center/session/onsite/chat ~6 postponed/rescheduled/moved/delayed
3m entretien/entrevista/gesprek/sollicitatiegesprek ~6 reporte/decale/deplace/reprogramada/reprogramado/verplaatsen/verplaatst/verzetten/verzet
3m cambiar/mover/reprogramar/verplaatsen/verzetten/reporter/decaler ~5 entrevista/entretien/gesprek
3c interview/call/meeting/assessment/centre/center/session/onsite/chat ~6 cancelled/canceled
2 does that ~2 work/suit
2 call/chat/meeting/interview/conversation ~3 on/at/this/next/tomorrow monday/tuesday/wednesday/thursday/friday/week/morning/afternoon/tomorrow
2 would ~8 work/suit
3 lade/laden/ladt ~5 gesprach/vorstellungsgesprach/feedbackgesprach/interview/kennenlernen/kennenlerngesprach/telefonat/termin/videocall/call/gesprache ~2 ein
2 passt ~2 ihnen/dir/euch ~4 montag/dienstag/mittwoch/donnerstag/freitag/uhr/termin
3 mochten/wurden ~4 kennenlernen
2 which ~2 works/suits ~1 best
2 how is/about monday/tuesday/wednesday/thursday/friday
3 love/like/want to do ~4 review/interview/call/chat/exercise ~3 with you
3 want/wants/like/love to see you ~3 for ~3 interview/chat/call/meeting/trial/coffee
2 meeting invite/invitation/link
2 zoom/teams/meet/video/hangouts ~2 link/call/details
2 interview confirmation/confirmed/details/schedule/itinerary/agenda/panel
3 could/can/would you ~2 send/share/provide/forward ~6 references/referees
3 reference/references/referee check/checks
3 act/serve/acting/serving as ~2 a/your? references/referees/reference/referee
3 you ~2 have ~2 time for ~2 call/chat/interview/conversation/meeting
2 open to interviewing
3 would/are you ~2 interested in interviewing
2 invitation interview
3 this is ~2 first/second/final/technical interview
3 interview/onsite/call/meeting/screen/interviews/assessment/test/trial/session ~6 confirmed/scheduled/booked
2 look/looking forward to ~2 speaking/meeting/talking/seeing/chatting ~2 you
# "we look forward to seeing you at our assessment day"
3 look/looking forward to ~2 seeing/meeting/welcoming you ~1 at/on/for ~2 assessment/interview/interviews/onsite/trial/presentation
3 looking forward to ~2 your ~2 onsite/interview/visit/call/trial/assessment/presentation
3 could/can/would you do ~4 walkthrough/presentation/interview/call/chat/session/review ~3 next/on/this/monday/tuesday/wednesday/thursday/friday/tomorrow
3 zu ~3 gesprach/vorstellungsgesprach/auswahlgesprach/bewerbungsgesprach/zweitgesprach/erstgesprach/folgegesprach/interview/kennenlernen/telefonat/call/termin/videocall/kennenlerngesprach/assessment/center/auswahltag/kennenlerntag/probetag ~6 einladen/einzuladen
3 einladen/einzuladen/einladung/einladungen/eingeladen ~6 gesprach/vorstellungsgesprach/auswahlgesprach/bewerbungsgesprach/zweitgesprach/erstgesprach/folgegesprach/interview/kennenlernen/telefonat/call/termin/runde/videocall/videointerview/kennenlerngesprach
2 terminvorschlag/terminvorschlage
3 termin ~6 vereinbaren/abstimmen/verschieben/finden/absagen
3 zum probearbeiten/probetag/kennenlernen ~3 vorbeikommen/kommen/vorbei
3 verschieben ~3 termin/gesprach/interview
3 test/onlinetest/assessment/aufgabe/fallstudie/testaufgabe ~3 zu? absolvieren/bearbeiten
2 nachste/zweite/weitere runde
3 bring/have you in/back ~3 for ~3 round/interview/chat/onsite/conversation/meeting
2 final/second/third round/interview/stage
3 souhaiterions/aimerions/voudrions/souhaitons ~2 vous rencontrer
3 rencontrer ~4 entretien
3 inviter/invitons/convier/convions/inviterons ~5 entretien/echange/rencontre/entretiens
3 seriez/etes/serais/es ~1 vous/tu disponible/disponibles ~6 echange/entretien/appel/visio/rencontre/call/entrevue
2 convocation
3 convoquer/convoquons/convoque/convoquee ~4 entretien/jury/epreuve/epreuves/rendez/audition/oral
3 retenu ~2 votre/ta candidature ~3 pour ~2 l? audition/entretien/oral/epreuves/epreuve
2 disponibilites
2 creneau/creneaux
2 prochaine etape
3 peux/pouvez/pourrais/pourriez ~2 venir ~3 essai/entretien/rencontrer/tester
3 confirmons/confirmer/confirme ~3 votre entretien/rendez
3 reporter/decaler/deplacer ~4 entretien/rendez/echange
3 vous propose/proposons ~1 un/une ~2 entretien/echange/visio/appel/rencontre
2c annuler ~4 entretien
2 test technique
2 exercice technique/pratique
3 voici ~3 exercice/test/cas/etude
2 cas pratique
3 invitar/invitamos/invitarte/invitarle/invitarla/invitarlo ~5 entrevista/reunion/llamada/conversacion/prueba
3 agendar/programar/coordinar/concertar ~4 entrevista/llamada/reunion
2 disponibilidad
2 siguiente/proxima fase/etapa/ronda
3 reprogramar ~4 entrevista/llamada/reunion
3 gustaria ~3 conocerte/conocerle/conocerla/invitarte/invitarle/entrevistarte/entrevistarle
3 gustaria ~3 hacerte/hacerle/tener ~2 una ~1 entrevista/llamada/reunion
3 convocamos/convocarte/convocarle/convocarla/convocarlo/convocado/convocada ~4 prueba/entrevista/reunion/llamada/dinamica
2 prueba tecnica
3 uitnodigen/uitnodiging/nodigen ~7 gesprek/kennismaking/interview/sollicitatiegesprek/kennismakingsgesprek/videogesprek/assessment/selectiegesprek/vervolggesprek/proefdag/proefles/meeloopdag/proefdraaien
3 plannen/inplannen ~3 gesprek/afspraak/interview
2 beschikbaarheid
2 volgende ronde/stap
3 verzetten ~3 gesprek/afspraak/interview
3 komt/kom/komen/langskomen ~6 proefdraaien/proefwerken/kennismaken/proefrit/proefdag/proefles/meeloopdag
3 kom/komt/komen ~5 langs voor ~2 een? gesprek/kennismaking/sollicitatiegesprek/proefdag
3 zou/wil/kun/kan je/u ~6 proefdag/proefdienst/meeloopdag/proefles ~3 willen/komen/draaien/doen/lopen
3 can/could you do ~2 a? trial shift/day/session
"""

_RECEIVED = """
2 danke/dank ~2 fur ihre/deine bewerbung
2 melden uns ~3 innerhalb/bis/spatestens
3 received your application/applications/cv/resume/candidacy/submission
3 received your ~2 documents/documentation/materials/details/paperwork/cover
3 your ~2 application/applications/candidacy/profile/cv/resume ~5 being reviewed/considered/assessed/screened
3 is/are still ~2 being? reviewed/considered/assessed/processed
3 receipt ~2 of your application
3 your ~2 application/applications/cv/resume ~4 received/submitted/sent
3 application/applications has/have/was/were/is/been ~3 received/submitted/sent
3 application submitted/received/sent/confirmed
# "thanks for sending Tomasz's CV over" is an agency's candidate: only the reader's words
3 thank/thanks ~2 for sending/submitting/forwarding over/across/through/in/along/us/me? over/across/through/in/along/us/me? your/a/the/an/this? updated/full/latest/new/revised/copy/completed? of? your? cv/resume/application/details
3 thank/thanks ~2 for applying
3 thank you for submitting ~3 application
3 successfully ~2 applied/submitted
2 thank you for your application
2 thanks for your application
2 will/ll review ~5 application/profile/cv/resume/qualifications/experience/materials
2 reviewing ~4 application/applications/profile/cv/resume
2 under review
2 has/have been received
1 will be assessed/reviewed/considered/screened
3 still ~3 working/going through ~2 applications/candidates/cvs/resumes
2 if/unless you ~3 hear/heard ~2 from us
1 in review
3 confirm/confirming/confirms ~3 receipt/received
3 acknowledge/acknowledging/acknowledged ~4 receipt/application/applications
2 acknowledge/acknowledging/acknowledged
2 application confirmation
2 not be able to ~3 respond/reply/get/contact ~3 every/each/all/individually/everyone
2 only ~3 shortlisted/selected/successful ~3 candidates/applicants ~4 contacted/notified
2 only candidates/applicants ~3 selected/shortlisted/successful ~5 contacted/notified
1 be in touch
1 get back to you
1 next steps
3 eingang ~3 bewerbung/unterlagen
3 bewerbung ~4 erhalten/eingegangen
3 unterlagen ~4 erhalten/eingegangen
1 vielen dank fur ~3 bewerbung
1 melden uns
2 prufen ~4 bewerbung/unterlagen
3 bien recu ~3 candidature/cv/dossier/lettre
3 accusons reception
3 candidature ~8 ete? enregistree/enregistre/transmise/transmis
3 reception ~3 candidature
1 merci pour votre/ta candidature
2 etudier/examiner/etudierons/examinerons ~4 candidature
1 reviendrons vers vous
2 nous ~1 l? etudions/examinons/analysons
2 reviendra/reviendrons/reviendrai vers vous/toi ~3 sous/dans/d
3 recibido ~3 candidatura/solicitud/cv/curriculum/inscripcion
3 registrado/registrada correctamente
1 gracias por ~3 postular*/aplicar/candidatura/interes
2 revisar/revisaremos/revisando/revisara/evaluar/evaluaremos/evaluando/evaluara ~4 candidatura/perfil/solicitud
1 pondremos en contacto
3 ontvangen ~3 sollicitatie
# "hierbij bevestigen wij de ontvangst van uw sollicitatie"
3 ontvangst ~3 sollicitatie/sollicitatiebrief/cv/brief
3 gegevens/cv/brief/motivatie/reactie ~4 goede orde ~2 ontvangen
3 in goede orde ~1 ontvangen/binnengekomen
3 sollicitatie ~4 ontvangen
3 je/uw ~2 brief/sollicitatiebrief/motivatiebrief/cv ~2 ontvangen
1 bedankt voor ~2 sollicitatie
2 hoort/hoor ~4 van ons
2 bekijken/beoordelen ~4 sollicitatie/cv
"""

_APP_CONTEXT = """
1 thanks/thank/cheers/ta ~6 cv/resume
# a reply whose subject is "Re: application" answers the reader's own application
1 re ~1 application/applications/cv/resume/sollicitatie/bewerbung/candidature/candidatura
1 thanks/thank ~2 for calling/ringing/phoning/writing ~2 about
1 thanks/thank ~2 for your letter/message/email/note/call ~1 about
1 votre/ton/vos ~1 dossier/cv
1 danke/merci/gracias/bedankt ~3 cv/lebenslauf/unterlagen/curriculum/nachricht/mensaje/berichtje
1 danke/merci/gracias/bedankt ~3 portfolio/portafolio/mappe/book
1 gracias ~2 por pasarte/venir/acercarte
1 bedankt/dank ~3 komst/bezoek/gesprek/langskomen
1 merci ~3 venue/visite/entretien/echange/passage
1 danke/dank ~4 gesprach/besuch/probetag/vorbeikommen
1 your ~1 application/applications/candidacy/candidature/interest/time/conversation/patience/portfolio/cv/resume/take/test/assessment
# "after your system design interview"
1 your ~2 interview/interviews/onsite
1 our conversation/conversations/chat/call/coffee/meeting/discussion/talk/debrief
# "I'll keep your number in case anything comes up": the reader asked for work
1 keep/keeping/hold/holding ~2 your number/details/cv/resume/name ~4 case/file/future/anything/something
1 appreciate/appreciated ~4 time/interview/session/call/chat/application/applying/conversation/coming/doing/interest
1 thank/thanks ~4 conversation/conversations/interview/interviews/interviewing/chat/call/meeting/application/applying/trial/portfolio/shift/sample/samples/test/exercise/assignment/task/presentation/challenge/reel/showreel/clips
1 meeting/meet/met/speaking/talking/chatting/speak/talk ~2 with? you
1 coming in/down/by/out
1 you applied
1 you were ~2 one of ~2 our? top/final/strongest/last/shortlisted/favourite
1 you were ~1 our top/first/favourite pick/choice
1 thanks/thank/cheers ~2 for the interest
1 interview/interviews/application/applications ~2 including yours
1 getting to know you
1 thanks/thank ~2 for reaching out
1 thanks/thank ~2 for getting in touch
1 thanks/thank/cheers ~2 for coming/stopping/dropping/popping
1 applying
1 speaking/meeting/talking/chatting with us
1 thanks/thank ~2 for speaking/talking/meeting/chatting with
1 deine/ihre/ihrer/deiner/ihr/dein ~1 bewerbung/kandidatur/interesse
1 votre/ta candidature
1 initiativbewerbung/blindbewerbung
1 candidature spontanee
1 candidatura espontanea
1 open sollicitatie
1 merci ~2 etre passe/passee/venu/venue/venus
1 su/tu candidatura/postulacion/solicitud/interes/participacion/entrevista
1 se postulo/postularon
1 te postulaste
1 je/uw sollicitatie/interesse/belangstelling/reactie/sollicitatiebrief
1 leuk/fijn ~1 dat je/u ~4 wilde/wou/kwam/langskwam/kwamen/solliciteerde/reageerde
"""

_JOB_CONTEXT = """
1 position/positions/role/roles/job/jobs/vacancy/vacancies/opportunity/opportunities/hire/freelance/freelancer/freelancers/candidacy/candidature/hiring/interview/interviews/interviewing/recruiting/recruitment/recruiter/employment/resume/cv/career/careers/opening/openings/onsite/shortlist/post
1 stelle/bewerbung/bewerber/bewerberin/vorstellungsgesprach/kandidat/kandidaten/auswahlverfahren/probearbeiten/probetag/probearbeit/rolle/ausbildung/praktikum/initiativbewerbung/blindbewerbung
1 poste/candidature/recrutement/entretien/emploi/candidat/candidats
1 puesto/vacante/candidatura/entrevista/empleo/candidato/candidatos/plaza/plazas/curriculum/contratado/contratar/contratamos
1 vacature/sollicitatie/functie/kandidaat/sollicitatiegesprek/baan/kandidaten/rol/stage/proefdag
# "dank voor het tweede gesprek": a numbered talk is an interview round
1 eerste/tweede/derde/laatste/vervolg gesprek
"""

_JOB_PHRASES = """
1 au pair
1 test/trial task/tasks/assignment
1 bartending/waitressing/babysitting/barista/kitchen/cleaning/delivery/driving/tutoring gig/gigs
1 interviewing/interviewed with us
1 interview with us
1 hiring/recruitment/recruiting/selection/interview/application/interviewing process
1 bewerbungsprozess/auswahlverfahren/bewerbungsverfahren
1 proceso de seleccion
1 devant le jury
1 jury de recrutement/selection/concours
1 sollicitatieprocedure
1 your ~1 candidacy/candidature
1 final/second/third round/rounds/interview
1 take home/homework/assignment
1 edit/editing/copy/copywriting/writing/design/proofreading test/tests/exercise
"""

_JOB_TITLES = """
1 leader/engineer/engineers/developer/developers/scientist/designer/manager/analyst/rep/representative/associate/specialist/coordinator/director/intern/internship/internships/consultant/architect/administrator/assistant/officer/technician/nurse/teacher/accountant/recruiter/programmer/researcher/editor/writer/copywriter/producer/planner/supervisor/chef/barista/driver/apprentice/apprenticeship/paralegal/attorney/counsel/lawyer/clerk/cashier/advisor/adviser/vp/cto/cfo/marketer/strategist/mechanic/electrician/carpenter/installer/auditor/controller/bookkeeper/trainee/graduate/postdoc/professor/lecturer/tutor/therapist/pharmacist/dentist/hygienist/receptionist/porter/bartender/waiter/waitress/cook/dishwasher/housekeeper/cleaner/nanny/caregiver/carer/lifeguard/courier/packer/picker/operative/labourer/laborer/plumber/welder/machinist/stylist/hairdresser/custodian/janitor/guard/technologist/solicitor/physician/doctor/surgeon/paramedic/librarian/curator/translator/interpreter/photographer/videographer/animator/illustrator/estimator/surveyor/inspector/dispatcher/storekeeper/merchandiser/buyer/recruiter/barber/florist/baker/butcher/gardener/landscaper/painter/decorator/roofer/tiler
1 trade test/tests
1 the/an/a/for/your apprent*
1 portfolio/probation/trial/candidate
1 take/bring/taking/bringing you on/onboard/aboard
1 weekend/summer/seasonal/holiday/casual/temporary/temp/saturday/sunday/evening/christmas/gardening/garden/admin/office/extra/picking/packing/farm/fruit/bar/kitchen/shop/warehouse/building/construction/cleaning/care ~1 work/job/jobs/hours/shifts/staff/help/role/position
1 part time/timer/timers
1 take/taking/bring/bringing/took/taken anyone/someone/anybody/people ~1 new? on
1 apply/applying/applied to/for work
1 camarero/camarera/cocinero/cocinera/dependiente/dependienta/repartidor/repartidora/limpiador/limpiadora/recepcionista
1 kellner/kellnerin/koch/kochin/verkaufer/verkauferin/aushilfe/fahrer/fahrerin/lagerhelfer
1 serveur/serveuse/vendeur/vendeuse/cuisinier/cuisiniere/apprenti/apprentie/livreur
1 kok/verkoper/verkoopster/bezorger/bijbaan/zaterdaghulp/vakkracht/monteur/vakantiewerk/vakantiebaan/seizoenswerk/oproepkracht/plukkers
1 ferienjob/minijob/saisonkraft/aushilfen/saisonkrafte
1 saisonnier/saisonniere/saisonniers
1 childminder/handyman
1 contract
1 on file
1 nothing suitable
1 entwickler/entwicklerin/ingenieur/ingenieurin/berater/beraterin/leiter/leiterin/referent/referentin/sachbearbeiter/sachbearbeiterin/werkstudent/werkstudentin/azubi
1 grafiker/grafikerin/buchhalter/buchhalterin/pflegekraft/elektriker/elektrikerin/tischlerin/friseurin/praktikant/praktikantin/praktikanten/auszubildende/studierende
1 mecanicien/mecanicienne/developpeur/developpeuse/ingenieur/ingenieure/chef/charge/chargee/responsable/stagiaire/alternant/alternance/consultant/consultante/technicien/technicienne
1 graphiste/redacteur/redactrice/comptable/commerciale/assistante/infirmier/infirmiere/boulangere/magasinier/electricien/plombier/juriste/avocate
1 desarrollador/desarrolladora/ingeniero/ingeniera/jefe/jefa/analista/responsable/becario/becaria/practicas/tecnico/tecnica
1 contable/comercial/enfermero/enfermera/conductor/conductora/electricista/fontanero/administrativo/administrativa/disenador/disenadora/abogado/abogada/mozo
1 ontwikkelaar/medewerker/adviseur/stagiair/verpleegkundige/beleidsmedewerker
1 boekhouder/chauffeur/elektricien/loodgieter/ontwerper
"""

_NON_JOB = """
1 vendor/vendors/listing/listings/property/properties/parent/parents/pupil/pupils/promotion/calibration/appraisal/credit/overdraft/pto/vacation/timesheet/timesheets/expense/expenses/reimbursement/payroll/payslip/beta/waitlist/bono/aid/award/awards/entry/entries/competition/contest/prize/jury/judges/gala/charity/fundraiser/author/authors/spotlight/readers/press/journalist/byline/volunteer/volunteers/volunteering/marshal/mentorship/mentor/mentors/mentee/mentees/podcast/episode/guest/meetup/lineup/hackathon/bootcamp/course/cohort/attendee/attendees/ticket/tickets/membership/club/adopt/adoption/claim/refund/subscription/policy/tender/bid/investor/investors/traction/story/literary/magazine/fund/funded/landlord/tenant/tenants/reservation/booking/paper/papers/manuscript/manuscripts/submission/submissions/abstract/abstracts/proposal/proposals/conference/journal/reviewer/reviewers/cfp/speaker/speakers/grant/grants/funding/scholarship/admission/admissions/tenancy/apartment/rental/lease/loan/mortgage/article/pitch/workshop/poster/editor/editorial/proceedings/keynote/meetup
1 call for papers/proposals/speakers
# "thank you for entering the Young Designer Award", "thank you for standing for treasurer. The
# members have elected another candidate"
1 entering/entered ~3 award/awards/competition/contest/prize/challenge
1 standing/stood for ~2 treasurer/chair/chairperson/secretary/president/election/office/committee/council/trustee/board
1 members ~2 elected/voted/vote
# "you didn't make the final round of the pub quiz"
1 quiz/quizzes/tournament/tournaments/raffle/sweepstake
1 time off
1 writing ~2 about
1 reporter/journalist/correspondent at/for/with
1 your manager
1 talk/talks proposal/proposals/submission/slot/abstract
1 your talk/talks
1 program/programme committee
1 beitrag/vortrag/einreichung/artikel/wohnung/kredit/mietinteressent/mietinteressenten/mieter/vermieter/hausverwaltung/besichtigung/mietvertrag
1 article/communication/soumission/expose
1 articulo/ponencia/propuesta
1 artikel/voorstel/inzending/lezing
1 tribunal/court/appeal/claimant/respondent/hearing/judgment/judgement/verdict/lawsuit
1 seller/sellers/bidder/bidders/conveyancing/homebuyer/homebuyers
1 logement/logements/locataire/locataires/loyer/bailleur/vivienda/inquilino/inquilinos/woning/huurwoning/huurder/huurders
1 commission ~2 attribution
1 propietario/propietaria/piso/alquiler/inmobiliaria
# "votre dossier de location n'a pas été retenu par le propriétaire" (English "location" is a job
# ad's field, so only the French phrase)
1 proprietaire/proprietaires
1 dossier de location
# leave, parental leave and holidays are an employee's requests, not a job
1 elternzeit/elterngeld/mutterschutz/urlaubsantrag/antrag/vacaciones/verlof/verlofaanvraag/conges
1 demande/solicitud/aanvraag ~2 conges/conge/remboursement/logement/subvention/pret/vacaciones/reembolso/verlof/subsidie
# a child's school place: "die Bewerbung Ihres Sohnes"
1 sohn/sohnes/tochter/oberstufe/schulplatz/fils/hijo/hija/zoon/dochter
1 msc/mba/mphil/postgraduate/undergraduate/tuition/enrolment/enrollment/semester
1 subvencion/subvenciones/hipoteca/prestamo/credito/subvention/pret/darlehen/hypotheek/hypotheekaanvraag/lening/subsidie/vergunning/parkeervergunning
"""

_PAUSE = """
1 on hold
1 pick/picking up ~2 your/the application/applications/process/conversation/conversations/candidacy
1 may/might/could still ~2 review/reviewing/consider/considering
1 no decision/decisions ~3 made/yet
1 not ~3 made ~2 a/any decision/decisions
1 still ~3 in the running/process/consideration/mix
1 still ~2 under/in consideration
1 application/candidacy ~3 remains/still ~2 active/open/under
1 until ~3 return/returns/returned/back/reopen/reopens/approved/confirmed/further/budget/headcount/january/february/march/april/may/june/july/august/september/october/november/december
1 hiring/recruitment/recruiting freeze
1 freeze on ~2 hiring/recruitment
1 paused/pause/pausing ~4 hiring/recruitment/recruiting/search/process/role/requisition/position/roles/positions
1 hiring/recruiting/recruitment/search/process/role/position ~3 paused/suspended/halted/frozen
1 temporarily ~3 halted/suspended/stopped/paused/closed/frozen
1 suspend/suspended/suspending ~3 hiring/recruitment/search/process/recruiting
1 when/once/if ~4 reopen/reopens/reopened/restart/restarts
1 hiring/search/process/recruitment/recruiting ~3 resume/resumes/restart/restarts
1 einstellungsstopp
1 auf eis
1 pausiert/pausieren/pausierung
1 vorerst ~5 nicht ~3 besetzen/besetzt/weiterverfolgen
1 zuruckgestellt
1 gel ~3 recrutement*/embauches
1 mis en attente
1 en pause
1 suspendu/suspendus/suspendue ~4 recrutement/processus
1 congelado/congelada/congelados/congeladas/congelar
1 en pausa
1 suspendido/suspendida/suspendimos/suspender ~3 proceso/contratacion/seleccion
1 vacaturestop
1 gepauzeerd
1 tijdelijk ~3 stopgezet/bevroren/gepauzeerd/gestopt
"""

_WITHDRAWAL = """
2 request to withdraw
2 withdrawn/withdrew ~4 as requested/per
2 you ~2 withdrawn/withdrew/withdraw/withdrawing
2 you have/had ~1 decided/chosen/opted ~3 stay/remain/accept/decline/withdraw/pursue/go/take/continue
2 you ~1 decided/chose/opted/prefer ~3 stay/remain/accept/decline/withdraw/pursue/go/take/continue
2 you ~3 accepted ~3 another/an/other/a offer/position/role/opportunity/job
2 you are/were no longer ~2 interested/available/looking/wish/want/pursuing/considering
2 sorry to see you go
2 your decision to ~3 withdraw/accept/pursue/decline
2 respect your decision
1 thank/thanks ~2 for letting us know
2 withdrawal ~3 your/of application/candidacy
2 zuruckgezogen
2 zuruckziehen/zuruckzuziehen
2 ruckzug ~3 bewerbung
2 retrait ~3 candidature
2 retirer ~3 candidature
2 desistement/desister/desistez/desiste
2 retirar/retirada/retirado ~3 candidatura/solicitud
2 terugtrekken/ingetrokken/teruggetrokken
"""

_VOICE = """
2 thank/thanks ~2 for letting me know
2 appreciate ~3 letting me know
2 thank/thanks ~2 for the update/news/feedback/heads
2 my application/candidacy/interview/interviews
2 i applied
2 please withdraw
2 i ~2 like to withdraw
2 i have ~2 decided to withdraw/accept/pursue/decline
2 i have ~2 accepted ~3 offer/position/role
1 i am/was ~2 disappointed
2 disappointed to hear
2 sorry to hear
2 i ~1 understand ~2 the/your decision
2 i remain ~3 interested
2 meine bewerbung
2 ma candidature
2 mi candidatura
2 mijn sollicitatie
2 danke/dankeschon ~3 ruckmeldung
2 merci pour votre retour
2 gracias por ~3 avisarme/respuesta
2 bedankt voor ~3 laten weten/terugkoppeling
"""

_ALERT = """
1 job/jobs alert/alerts
1 jobs you may/might ~2 interested/like
2 based on your ~2 recent/past/previous? applications/searches/activity/history/interests
1 roles/jobs/positions/openings you ~2 might/may ~1 like/enjoy
1 recommended/suggested/similar/new/top/matching/latest jobs/roles/positions/openings
1 jobs/roles ~2 matching/near/for you
1 you saved
1 saved jobs/job/search/searches
1 view ~3 browser/online
1 newsletter/digest/webinar/roundup
1 unsubscribe
1 manage ~4 alerts/preferences/notifications/subscription/subscriptions/settings/emails
1 weekly/daily/monthly ~2 digest/roundup/update/newsletter/recap/summary/jobs/roles/openings/matches
1 browse ~2 matches/jobs/roles/startups/companies
1 jobs/roles/positions like yours
1 keep exploring
1 apply now
1 easy apply
1 trending/promoted/sponsored
1 no longer accepting applications
"""

_REFERRAL = """
2 you referred
# "we've offered the role to Ellie, who you recommended"
2 who/whom you ~1 recommended/introduced/suggested/nominated
2 thank/thanks ~2 for referring
2 your referral/referrals
2 referral bonus
# "thanks for your reference ... we've decided to go with another candidate": to a referee
2 thanks/thank ~2 for your/the ~1 glowing/kind/prompt/detailed/quick? reference
2 named/listed/given/gave/give/put/nominated/provided ~3 you/your ~2 name? ~1 down? as ~1 a/their/his/her? referee/reference
# "danke für die Empfehlung! Wir haben uns für einen anderen Bewerber entschieden": to the referrer
2 danke/dank/merci/gracias/bedankt ~3 empfehlung/weiterempfehlung/recommandation/recomendacion/aanbeveling/doorverwijzing
2 thanks/thank ~2 for recommending
"""

# The reader hires: "the candidate you preferred" is a colleague's debrief, not their no.
_HIRING_SIDE = """
2 wil/kun/kan/kunt jij/je/u ~2 haar/hem ~3 bellen/mailen/laten/informeren/berichten/afzeggen
2 kannst/konntest/konnen/konnten du/sie ~2 ihr/ihm ~4 absagen/bescheid/schreiben/mitteilen/anrufen
2 peux/pourrais/pouvez/pourriez tu/vous ~2 lui ~3 ecrire/telephoner/annoncer/repondre/envoyer/dire
2 puedes/podrias/puede/podria ~2 llamarla/llamarle/llamarlo/escribirle/avisarle/decirle
2 the candidate/applicant/finalist/hire you ~1 preferred/recommended/chose/picked/liked/favoured/favored/wanted/selected/interviewed/shortlisted
2 set/setting up ~1 her/his/their onboarding
2 can/could/would you ~2 send/write/email/call/tell/let him/her ~3 note/know/email/message/kindly/line
2 make him/her/them ~1 feel? welcome
2 please welcome
# an all-staff note: "Priya joins us on Monday. Please say hello!" (a no may say who joins)
2 please say hello/hi
2 join me in ~1 congratulating/welcoming
2 le ~1 deis/den/des/demos/dar ~1 la bienvenida
2 dadle/denle/darle/dale la bienvenida
2 lui ~1 reserver/souhaiter ~2 meilleur? accueil/bienvenue
2 hem/haar ~2 welkom ~1 heten
2 take/taking ~2 advert/ad/advertisement/listing/posting ~2 down/offline
2 your ~1 other candidate/candidates
2 send/submit/return/complete ~3 your ~1 final? scorecard/scorecards
2 stop/pause ~1 scheduling/sourcing/screening
2 send/sending/sent/draft/drafting ~2 the/our? rejection/rejections/regret/decline ~1 emails/email/letters/letter/notes
2 your interview/interviewer/panel ~1 notes/scores/scorecard/scorecards/ratings
"""

_META = """
1 rejection/rejections/ghost/ghosting/ghosted
1 how to
1 tips/tip/advice/podcast/episode/article/blog/webinar/survey/questionnaire
1 recently ~3 let you know/informed/told/notified
2 joining/joined ~2 our? talent pool/community/network
1 read more
1 this week in
1 recruiters/candidates ~2 wish/should/who
"""

_OUTREACH = """
2 came/come across your profile/background/resume/cv
2 your profile/background/experience ~3 caught/stood/impressed
1 reaching out
2 join ~3 talent community/pool/network
2 new ~3 role/roles/job/jobs/position/positions/opening/openings/opportunity ~3 near/for/matching you
1 call us today
2 interview requests
2 companies ~3 want/wants to meet you
2 open to ~3 new? opportunities/roles/conversations/chat/call
2 would you be ~3 open/interested
1 exciting ~2 opportunity/role/position
2 i have ~3 got? a/an/another/two/some/few ~4 role/roles/position/positions/opportunity/opportunities/brief/briefs/vacancy/vacancies
2 have/got ~3 new ~2 openings/roles/positions/jobs/vacancies/opportunities
2 have/got ~2 a/another new ~1 one/role/brief/opening/position/vacancy/opportunity/job
2 others/rest ~1 are ~1 still? open
1 i am/m a recruiter
1 on behalf of ~2 client
"""

# A portal's "the status of your application has changed, log in to see it": the news is
# elsewhere, so neither the rules nor the second opinion may read a decision into it.
_STATUS = """
2 status ~6 application/applications/candidacy/candidature ~12 changed/updated/update/changes/modified
2 application/applications/candidacy ~1 status ~3 changed/updated/update/changes/modified
1 log/logging/sign/signing in/into/on ~4 portal/account/profile/dashboard/site
2 statut ~4 candidature/candidatures ~12 mis/modifie/evolue/change
1 connectez/connecter/identifiez ~5 espace/compte/portail
2 status ~4 bewerbung/bewerbungen ~12 aktualisiert/geandert
1 bewerberportal/kandidatenportal/karriereportal
2 estado ~4 candidatura/candidaturas/solicitud ~12 actualizado/cambiado/modificado
1 inicia/inicie/accede/acceda ~4 sesion/portal/cuenta
2 status ~4 sollicitatie ~12 gewijzigd/bijgewerkt/aangepast
1 log/logt ~3 in ~3 portaal/account/omgeving
"""

# The sender asks the reader for something: a "thanks for applying" above it is a greeting.
_REQUEST = """
2 could/can/would you ~3 send/share/confirm/provide/upload/forward/tell
2 please ~2 send/share/upload/provide/forward ~3 your/us/the/a/copies/copy
2 konnten/konnen/wurden sie/du ~6 nachreichen/senden/zusenden/schicken/mitteilen/bestatigen
2 bitte ~4 nachreichen/zusenden/nachzureichen
2 benotigen/brauchen wir ~3 noch
2 pourriez/pouvez/pourrais/peux vous/tu ~4 envoyer/transmettre/confirmer/communiquer
2 podrias/podria/puedes/puede ~4 enviar/enviarnos/mandar/mandarnos/confirmar/indicarnos
2 kun/kunt/wil/zou je/u ~4 sturen/opsturen/mailen/bevestigen/doorgeven
2 until you ~2 complete/submit/send/provide/upload/fill/finish/return
"""


def all_cues() -> list[Cue]:
    """Every cue of every category."""
    return (
        _cues(REJECTION, _REJECTION_EN)
        + _cues(REJECTION, _REJECTION_DE)
        + _cues(REJECTION, _REJECTION_FR)
        + _cues(REJECTION, _REJECTION_ES)
        + _cues(REJECTION, _REJECTION_NL)
        + _cues(OFFER, _OFFER)
        + _cues(INVITE, _INVITE)
        + _cues(RECEIVED, _RECEIVED)
        + _cues(APP_CONTEXT, _APP_CONTEXT)
        + _cues(JOB_CONTEXT, _JOB_CONTEXT)
        + _cues(JOB_CONTEXT, _JOB_TITLES)
        + _cues(JOB_CONTEXT, _JOB_PHRASES)
        + _cues(APP_CONTEXT, _JOB_PHRASES)
        + _cues(NON_JOB, _NON_JOB)
        + _cues(PAUSE, _PAUSE)
        + _cues(WITHDRAWAL, _WITHDRAWAL)
        + _cues(VOICE, _VOICE)
        + _cues(ALERT, _ALERT)
        + _cues(OUTREACH, _OUTREACH)
        + _cues(META, _META)
        + _cues(REFERRAL, _REFERRAL)
        + _cues(HIRING_SIDE, _HIRING_SIDE)
        + _cues(REQUEST, _REQUEST)
        + _cues(STATUS, _STATUS)
    )


def _title_words() -> frozenset[str]:
    """Single-word job titles ("chef", "entwickler"): people a role can go to."""
    words: set[str] = set()
    for cue in _cues(JOB_CONTEXT, _JOB_TITLES):
        if " " not in cue.phrase and "*" not in cue.phrase:
            words.update(cue.phrase.split("/"))
    return frozenset(words - {"portfolio", "probation", "trial", "apprenticeship", "internship"})


JOB_TITLE_WORDS = _title_words()

NEGATORS = frozenset(
    {
        "not",
        "no",
        "unable",
        "never",
        "nor",
        "without",
        "against",
        "nicht",
        "kein",
        "keine",
        "keinen",
    }
    | {"keiner", "pas", "ne", "aucun", "aucune", "jamais", "nunca", "ni", "niet", "geen", "nooit"}
)
CONDITIONALS = frozenset(
    {"if", "should", "unless", "whether", "falls", "wenn", "sollten", "sollte", "sofern"}
    | {"si", "indien", "mocht", "mochten", "whoever", "once", "event", "case", "provided"}
    # "nous reviendrons vers vous lorsque l'équipe sera au complet": a time still to come
    | {"lorsque", "lorsqu", "sobald", "zodra"}
)
# "considérez que nous ne pouvons y donner suite": what to assume without an answer
MODALS = frozenset(
    {"may", "might", "possibly", "perhaps", "pourrez", "pourriez", "podra", "considerez"}
    | {"considerer", "entiende", "entienda"}
)
SENTENCE_START_CONDITIONALS = frozenset({"als", "once", "when"})
TEMPORARY = frozenset(
    {"until", "unless", "till", "without", "bis", "ohne", "jusqu", "sans", "hasta", "sin"}
    | {"totdat", "zolang", "zonder"}
)
CONTRASTS = frozenset(
    {"but", "however", "although", "though", "while", "aber", "jedoch", "allerdings", "mais"}
    | {"cependant", "toutefois", "pero", "sin", "embargo", "maar", "echter", "instead"}
)
YOU_WORDS = frozenset({"you", "u", "your"})
