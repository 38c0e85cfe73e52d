// § 3123(a)(3): when the agency installs its own device on a provider's packet-switched network, the order provides
// for the record the agency must keep and file under seal within 30 days after the order ends.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-own-device-no-record',
  severity: 'warning',
  citation: '18 U.S.C. § 3123(a)(3)',
  summary: "The agency installs its own device on a provider's packet-switched network and there is no record provision.",
  docs: `When "the law enforcement agency implementing an ex parte order … seeks to do so by installing and using its own pen
register or trap and trace device on a packet-switched data network of a provider of electronic communication service
to the public", the agency must keep a record of the officers who installed or accessed the device, the times of
installation, removal and each access, the device's configuration and any change, and everything collected, and file
it ex parte and under seal with the court "within 30 days after termination of the order (including any extensions
thereof)" (18 U.S.C. § 3123(a)(3)). The rule fires when the draft says the agency installs its own device ("its own
pen register", "an FBI-owned collection system") on such a network and the order has no record provision; a
provider-installed device needs none. The quick-fix inserts the record directive with the agency's name.`,
  examples: {
    valid: [
      {
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The USSS may use its own pen register on the packet-switched data network of Brineworth Fiber, LLC for IP address 192.0.2.44.
2. Pursuant to 18 U.S.C. § 3123(a)(3), the USSS shall maintain a record identifying the officers who installed or accessed the device and the configuration of the device, and shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order, including any extensions thereof.
`,
      },
      {
        title: 'the provider installs the device',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that Fescue Broadband shall install the pen register on its network for IP address 203.0.113.57; the FBI will not install its own device.
`,
      },
    ],
    invalid: [
      {
        text: `# [PROPOSED] ORDER

The Court FINDS that the investigation is being conducted by the Federal Bureau of Investigation ("FBI").

IT IS ORDERED:

1. The FBI may install and use a pen register on account PB-5530-0192. The FBI may install its own device on Fescue Broadband's packet-switched data network for this purpose.
2. This Order shall be sealed until otherwise ordered by the Court.
`,
        findings: [
          {
            at: 'may install its own device',
            message: '§ 3123(a)(3)',
            fixed: `# [PROPOSED] ORDER

The Court FINDS that the investigation is being conducted by the Federal Bureau of Investigation ("FBI").

IT IS ORDERED:

1. The FBI may install and use a pen register on account PB-5530-0192. The FBI may install its own device on Fescue Broadband's packet-switched data network for this purpose.
2. This Order shall be sealed until otherwise ordered by the Court.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(a)(3), that the FBI shall maintain a record identifying (i) any officer or officers who installed the device and any officer or officers who accessed the device to obtain information from the network; (ii) the date and time the device was installed, the date and time it was uninstalled, and the date, time, and duration of each time it was accessed to obtain information; (iii) the configuration of the device at the time of its installation and any subsequent modification; and (iv) any information collected by the device, and shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order, including any extensions thereof.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    const out = [];
    for (const o of facts.orders ?? []) {
      if (o.record.status !== 'missing') continue;
      const at = o.ownDevice.span ?? (facts.ownDeviceElsewhere ? o.part.anchor : undefined);
      if (!at) continue;
      const agency = facts.names.agency ?? '[AGENCY]';
      out.push({
        start: at.start,
        end: at.end,
        message:
          'The agency installs its own device on a provider\'s packet-switched network, but the order has no § 3123(a)(3) record provision. ' +
          'The agency must keep a record of the officers, installation and access times, configuration and information collected, and file it with the court ex parte and under seal within 30 days after the order (including extensions) terminates.',
        related:
          o.ownDevice.status === 'missing' && facts.ownDeviceElsewhere
            ? [{ ...facts.ownDeviceElsewhere, message: 'The draft says the agency installs its own device here.' }]
            : undefined,
        fixes: [
          {
            title: 'Add the § 3123(a)(3) record directive',
            kind: 'suggestion' as const,
            edits: [
              insertAfterDecretals(
                o,
                `IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(a)(3), that ${/^[A-Z]{2,}/.test(agency) ? 'the ' : ''}${agency} shall maintain a record identifying (i) any officer or officers who installed the device and any officer or officers who accessed the device to obtain information from the network; (ii) the date and time the device was installed, the date and time it was uninstalled, and the date, time, and duration of each time it was accessed to obtain information; (iii) the configuration of the device at the time of its installation and any subsequent modification; and (iv) any information collected by the device, and shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order, including any extensions thereof.`,
              ),
            ],
          },
        ],
      });
    }
    return out;
  },
});
