package de.halle.smartcity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrivacyNoticeTest {

  @Test
  void statesTheConfiguredRetentionPeriod() {
    assertThat(new PrivacyNotice(45).german()).contains("nach 45 Tagen automatisch gelöscht");
    assertThat(new PrivacyNotice(7).english()).contains("after 7 days");
  }

  @Test
  void namesEveryKindOfPersonalDataThatIsRemoved() {
    String german = new PrivacyNotice(90).german();
    String english = new PrivacyNotice(90).english();

    for (PersonalDataKind kind : PersonalDataKind.values()) {
      assertThat(german).contains(kind.germanName());
      assertThat(english).contains(kind.englishName());
    }
    assertThat(german).contains("Telefonnummern, IBANs,")
        .contains("Anschriften mit Hausnummer, Geburtsdaten und Ihr eigener Name durch Platzhalter ersetzt");
  }

  @Test
  void explainsHowToDeleteEverything() {
    assertThat(new PrivacyNotice(90).german()).contains("/vergessen", "Pseudonym", "nicht Ihre Telegram-ID");
    assertThat(new PrivacyNotice(90).english()).contains("/vergessen", "pseudonym");
  }

  @Test
  void isSafeToSendInHtmlParseMode() {
    assertThat(new PrivacyNotice(90).german() + new PrivacyNotice(90).english()).doesNotContain("<", ">", "&");
  }

  @Test
  void confirmsForgettingWithTheNumberOfEntries() {
    PrivacyNotice notice = new PrivacyNotice(90);

    assertThat(notice.forgetConfirmation(0)).contains("nichts gespeichert");
    assertThat(notice.forgetConfirmation(1)).contains("(1 Eintrag)");
    assertThat(notice.forgetConfirmation(5)).contains("(5 Einträge)");
  }

  @Test
  void rejectsARetentionOfLessThanOneDay() {
    assertThatThrownBy(() -> new PrivacyNotice(0)).hasMessageContaining("was 0");
  }
}
